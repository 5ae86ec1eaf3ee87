"""The AHP comparisons tab (:mod:`.pairwise_panel`): the pairwise matrix editor shared by the
criteria and the levels (:mod:`.pairwise_editor`) and the comparisons within one criterion
(:mod:`.criterion_comparisons`)."""
