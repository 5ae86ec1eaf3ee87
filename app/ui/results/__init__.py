"""What the room looks at: the rankings tab (:mod:`.rankings`), its scores chart
(:mod:`.charts`, pyqtgraph) and the projector's presentation window (:mod:`.presentation`)."""
