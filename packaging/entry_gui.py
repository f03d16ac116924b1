"""Bundle entry point of the windowed launcher (Windows, macOS): always opens the app.

``pinscribe-gui FILE`` opens FILE (the file association and macOS's "Open With"
pass the project as the first argument).
"""

import sys

from ui.entry import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
