"""The contacts list and its dialogs: edit a person, import and export files."""
