"""`python -m kg.link.kb.build SOURCES [OUT] [--log FILE]`: build the shipped KB."""

import sys

from kg.link.kb.build.assemble import main

sys.exit(main())
