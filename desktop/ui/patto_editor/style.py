"""The editor's own style sheet, layered over the application's: cards on a
light page, the person's voice tinted, states and attivazioni as coloured
chips, invalid fields in red."""

EDITOR_QSS = """
#sectionPage, #editorTabs QScrollArea { background: #f6f8fa; }
QComboBox:editable { background: #ffffff; }
QComboBox:editable:disabled { background: #f8fafc; }
QTabWidget::pane { border: none; border-top: 1px solid #e2e6ec; }
QTabBar::tab { padding: 8px 16px; margin-right: 2px; border: none; color: #4b5563;
               border-bottom: 2px solid transparent; background: transparent; }
QTabBar::tab:selected { color: #0f4c5c; border-bottom: 2px solid #0f766e; font-weight: 600; }
QTabBar::tab:hover { color: #111827; }
QTabBar::tab:selected:focus { background: #e3f1ee; border: 1px solid #0f766e; }

#sectionCard { background: #ffffff; border: 1px solid #e2e6ec; border-radius: 8px; }
#sectionCard[accent="person"] { background: #eef7f5; border: 1px solid #9fd3c9; }
#sectionCard[accent="family"] { background: #faf7f0; border: 1px solid #e7dcc3; }
#cardHeading { font-size: 11pt; font-weight: 600; color: #0f4c5c; background: transparent; }
#cardNote, #emptyRows { color: #6b7280; background: transparent; }
#columnHeader { color: #6b7280; font-size: 9pt; font-weight: 600; background: transparent; }
#rowCard, #budgetRow { background: #fbfcfd; border: 1px solid #e8ebf0; border-radius: 6px; }
#personChip { background: #f3f7fa; border: 1px solid #dfe6ee; border-radius: 6px; }
#personName { font-weight: 600; background: transparent; }
#fieldError { color: #b42318; background: transparent; }
#bigNumber { font-size: 17pt; font-weight: 600; color: #111827; background: transparent; }
#totalName, #totalCell { background: transparent; }
QLabel { background: transparent; }

QPlainTextEdit { border: 1px solid #cfd6df; border-radius: 6px; padding: 4px 6px;
                 background: #ffffff; selection-background-color: #0f766e; }
QPlainTextEdit:focus { border: 2px solid #0f766e; }
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {
    background: #f8fafc; color: #374151; border: 1px solid #e5e7eb; }
QLineEdit[invalid="true"] { border: 1px solid #d92d20; background: #fff6f5; }
QComboBox { padding: 4px 8px; }
QComboBox:disabled { color: #374151; background: #f8fafc; }
QLineEdit[overdue="true"] { border: 1px solid #f59e0b; background: #fffbeb; }
#goalTitle { font-weight: 600; }

QPushButton:disabled { color: #a0a7b1; border-color: #e5e7eb; background: #fafbfc; }
QPushButton[role="add"] { border: 1px dashed #9aa5b1; color: #0f766e; background: #ffffff; }
QPushButton[role="add"]:hover { background: #f0f7f6; }
QPushButton[role="small"] { padding: 2px 8px; }
QPushButton[role="lifecycle"][primary="true"] { border: 1px solid #0f766e; color: #0f766e;
                                                font-weight: 600; }
QPushButton#saveButton { background: #0f766e; color: #ffffff; border: 1px solid #0f766e;
                         font-weight: 600; padding: 6px 20px; }
QPushButton#saveButton:focus { border: 2px solid #0b3b36; }
QPushButton#saveButton:disabled { background: #e5e7eb; color: #9ca3af; border-color: #e5e7eb; }
QPushButton#resourceButton { text-align: left; color: #0f766e; }
QPushButton#resourceButton[linked="true"] { color: #111827; font-weight: 600; }
#dirtyLabel { color: #b45309; }
#divider { background: #e2e6ec; }
#compareTable { gridline-color: #e8ebf0; border: 1px solid #e2e6ec; background: #ffffff; }
#diffList { border: 1px solid #e2e6ec; border-radius: 6px; background: #ffffff; }
#diffList::item { padding: 6px 4px; border-bottom: 1px solid #f0f2f5; }

#stateChip, #statusChip { border-radius: 10px; padding: 2px 10px; font-weight: 600;
                          background: #f3f4f6; color: #374151; }
#stateChip[state="firmato"], #statusChip[status="concordata"] { background: #e0f2fe; color: #075985; }
#stateChip[state="attivo"], #statusChip[status="attiva"] { background: #dcfce7; color: #166534; }
#stateChip[state="in_verifica"], #statusChip[status="richiesta"] { background: #fef3c7; color: #92400e; }
#stateChip[state="sospeso"], #statusChip[status="rifiutata"] { background: #fee2e2; color: #991b1b; }
#stateChip[state="concluso"], #statusChip[status="conclusa"] { background: #e5e7eb; color: #374151; }
#stateChip[state="rinnovato"] { background: #ede9fe; color: #5b21b6; }
#statusChip[status="in_attesa"] { background: #ffedd5; color: #9a3412; }
#activationStrip { background: #f6f8fa; border-radius: 6px; }

#notice, #lockedBanner, #draftBanner { border-radius: 6px; border: 1px solid #bfdbfe;
                                       background: #eff6ff; }
*[level="success"] { border: 1px solid #bbf7d0; background: #f0fdf4; }
*[level="warning"] { border: 1px solid #fde68a; background: #fffbeb; }
*[level="error"] { border: 1px solid #fecaca; background: #fef2f2; }
*[level="error"] QLabel { color: #991b1b; }
*[level="locked"] { border: 1px solid #ddd6fe; background: #f5f3ff; }
"""
