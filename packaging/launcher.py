"""The frozen program's entry point: the same ``tessere`` as the source build."""
import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
