"""The tabs and the panel that edit the workshop: the data table (:mod:`.data_editor`), the
criteria (:mod:`.criteria_editor`) and the weights beside the rankings (:mod:`.weights_panel`)."""
