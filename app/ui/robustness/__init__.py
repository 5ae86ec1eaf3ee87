"""The robustness tab: how firm the ranking is (see :mod:`.panel`)."""
