"""Publishing without saying more about participants than needed (GDPR).

Names on notes (:mod:`app.privacy.names`), what a photo shows when published
(:mod:`app.privacy.photos`) and the check before an export (:mod:`app.privacy.check`).
"""
