"""bodymap: explore myofascial trigger points and their referral patterns on a body map."""

__version__ = "0.1.0"
