"""`python cli.py ...` runs the same command as `chiso ...`."""
import sys

from extractor.cli import main

if __name__ == "__main__":
    sys.exit(main())
