"""The window's dialogs: importing a table (:mod:`.import_dialog`) or communities
(:mod:`.community_import_dialog`), a new workshop (:mod:`.new_workshop`), the workshop's details
(:mod:`.details_dialog`) and weights from a rank order (:mod:`.rank_order_dialog`)."""
