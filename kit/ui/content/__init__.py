"""The campaign pack editor and the event form."""
