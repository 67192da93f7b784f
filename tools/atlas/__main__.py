"""``python -m tools.atlas [--check]``: regenerate the atlas assets."""

import sys

from tools.atlas.generate import main

sys.exit(main())
