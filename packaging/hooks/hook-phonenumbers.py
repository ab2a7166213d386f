"""PyInstaller hook for phonenumbers, overriding the contrib one that collects every submodule.

The app only parses, validates and formats numbers: it needs the per-region metadata in
phonenumbers.data (imported lazily by region, hence hidden imports), not the ~20 MB of
geocoder, carrier and time-zone data.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geo", "phonenumbers.carrier", "phonenumbers.timezone",
           "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
