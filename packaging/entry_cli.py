"""Bundle entry point of ``pinscribe``: the command line, or the app without a command."""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
