"""Sharing the decision after the workshop: the page the assembly signs, printed or as a PDF, and
a picture of the results for a phone.

- :mod:`.content`: what the page says, in the interface language (every text translated, every
  number formatted), from the workshop, its rankings and the decision record it was saved as.
- :mod:`.page`: draws that content on any paged device, a PDF file (``QPdfWriter``) or a printer
  (``QPrinter``), A4, one page unless it does not fit.
- :mod:`.picture`: presentation mode rendered to a PNG at a picture's size.
- :mod:`.window`: the File menu's three entries (Export summary, Print, Export picture).
- :mod:`.commands`: ``priorizar summary`` and ``priorizar picture``, the same without the window.
"""
