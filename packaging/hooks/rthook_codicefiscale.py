# Runtime hook: python-codicefiscale looks for its data beside the executable
# (PyInstaller 5's layout); PyInstaller 6 keeps the data in the contents folder.
import os
import sys

import codicefiscale.data

codicefiscale.data.get_data_basedir = lambda: os.path.join(sys._MEIPASS, "codicefiscale")
