"""argparse speaking Italian: its own words ("usage:", "error:", "invalid choice",
"the following arguments are required", the help of ``-h``) as the rest of Tessere.

argparse looks every message up through its module's ``_`` and ``ngettext`` when
it needs it (gettext's domain "messages", which no Italian system ships for it).
``ItalianArgumentParser`` points those two names at the table below for the time
of each of its own calls, and puts them back after, so no other parser in the
process (pytest's, say) is touched. The table holds every message of the argparse
of Python 3.11 to 3.13; ``tests/test_conventions.py`` reads the running Python's
argparse and fails on one missing here.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
from typing import Callable, Iterator

MESSAGES = {
    # What a user meets: usage, help, errors in the command line.
    "usage: ": "uso: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: errore: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: attenzione: %(message)s\n",
    "positional arguments": "argomenti",
    "options": "opzioni",
    "subcommands": "comandi",
    "%(heading)s:": "%(heading)s:",
    " (default: %(default)s)": " (predefinito: %(default)s)",
    "show this help message and exit": "mostra questo aiuto ed esce",
    "show program's version number and exit": "mostra la versione di Tessere ed esce",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argomenti obbligatori mancanti: %s",
    "one of the arguments %s is required": "serve uno di questi argomenti: %s",
    "unrecognized arguments: %s": "argomenti non riconosciuti: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "«%(value)s» non è fra le scelte possibili (%(choices)s)",
    "invalid %(type)s value: %(value)r": "«%(value)s» non è %(type)s",
    "expected one argument": "manca il valore",
    "expected at most one argument": "al massimo un valore",
    "expected at least one argument": "serve almeno un valore",
    "ambiguous option: %(option)s could match %(matches)s":
        "opzione ambigua: %(option)s può essere %(matches)s",
    "not allowed with argument %s": "non si può usare insieme a %s",
    "ignored explicit argument %r": "valore non previsto: %r",
    "unexpected option string: %s": "opzione inattesa: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "comando sconosciuto «%(parser_name)s» (possibili: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "non riesco ad aprire «%(filename)s»: %(error)s",
    "argument '%(argument_name)s' is deprecated": "«%(argument_name)s» è superato",
    "command '%(parser_name)s' is deprecated": "il comando «%(parser_name)s» è superato",
    "option '%(option)s' is deprecated": "l'opzione «%(option)s» è superata",
    # A parser built wrongly (a programming error, seen by whoever writes a command).
    ".__call__() not defined": ".__call__() non definito",
    "%r is not callable": "%r non è una funzione",
    "'required' is an invalid argument for positionals":
        "'required' non vale per gli argomenti posizionali",
    'argument "-" with mode %r': 'argomento "-" con modalità %r',
    "cannot have multiple subparser arguments": "un solo gruppo di comandi per parser",
    "cannot merge actions - two groups are named %r":
        "impossibile unire le azioni: due gruppi si chiamano %r",
    "conflicting subparser: %s": "comando in conflitto: %s",
    "conflicting subparser alias: %s": "alias di comando in conflitto: %s",
    "dest= is required for options like %r": "dest= è obbligatorio per opzioni come %r",
    "invalid conflict_resolution value: %r": "valore di conflict_resolution non valido: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "opzione %(option)r non valida: deve cominciare con un carattere fra %(prefix_chars)r",
    "mutually exclusive arguments must be optional":
        "gli argomenti che si escludono a vicenda devono essere facoltativi",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("serve %s valore", "servono %s valori"),
    ("conflicting option string: %s", "conflicting option strings: %s"):
        ("opzione in conflitto: %s", "opzioni in conflitto: %s"),
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    forms = PLURALS.get((singular, plural), (singular, plural))
    return forms[0] if n == 1 else forms[1]


@contextlib.contextmanager
def italian() -> Iterator[None]:
    """argparse's messages in Italian for the block (nested blocks restore in turn)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _named(convert: Callable[[str], object], name: str) -> Callable[[str], object]:
    """``type=int`` says "«x» non è un numero intero": argparse names the type by
    its ``__name__``."""
    def parse(text: str) -> object:
        return convert(text)

    parse.__name__ = name
    return parse


TYPE_NAMES = {int: _named(int, "un numero intero"), float: _named(float, "un numero")}


def _in_italian(method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        with italian():
            return method(*args, **kwargs)
    return wrapper


class ItalianArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help and errors are in Italian; its
    sub-command parsers are of the same class (argparse's ``parser_class``)."""

    __init__ = _in_italian(argparse.ArgumentParser.__init__)
    add_subparsers = _in_italian(argparse.ArgumentParser.add_subparsers)
    parse_args = _in_italian(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_italian(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_italian(argparse.ArgumentParser.format_usage)
    format_help = _in_italian(argparse.ArgumentParser.format_help)
    error = _in_italian(argparse.ArgumentParser.error)

    @_in_italian
    def add_argument(self, *args, **kwargs):
        kind = kwargs.get("type")
        if isinstance(kind, type) and kind in TYPE_NAMES:
            kwargs["type"] = TYPE_NAMES[kind]
        return super().add_argument(*args, **kwargs)
