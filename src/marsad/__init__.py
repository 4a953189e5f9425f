"""marsad: Arabic-native event data with provenance.

>>> import marsad
>>> doc = marsad.extract_text("وقتل 46 مدنيا في غارات على بلدة كفرنبل.")
>>> doc.raw[doc.tokens[0].start:doc.tokens[0].end]
'وقتل'
"""
__version__ = "0.1.0"

from .api import extract_text, load_pipeline  # noqa: E402,F401
