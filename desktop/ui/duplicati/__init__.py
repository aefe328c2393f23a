"""One person once in the window: the review of possible duplicates
(``review``) and the line of a merged scheda (``merged``). The prompt before a
new person is saved belongs to the editor (``person_dialog.duplicates``)."""
