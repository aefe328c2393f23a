"""The mappa delle risorse: the directory of what the territory offers (named after
Open Referral HSDS), how it is searched, kept fresh, edited and exchanged, and the
attivazioni that link people and patti to it. One module per job."""
