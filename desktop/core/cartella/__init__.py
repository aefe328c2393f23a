"""The cartella sociale's services: one module per part of a person's file
(diario, presa in carico, UVM, valutazioni e modelli, nucleo e ISEE, misure e
trappola assistenziale, rete, scadenze, documenti, consensi). Each function takes a
session first and enforces its rules here, so the window and the CLI share them."""
