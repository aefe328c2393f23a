"""The cartella sociale's services: one module per part of a person's file
(diario, misure, rete, scadenze, documenti, valutazioni). Each function takes a
session first and enforces its rules here, so the window and the CLI share them."""
