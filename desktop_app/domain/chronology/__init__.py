"""A child's chronology: what happened, in the order it happened, each row pointing at its full record.

It merges the concerns (with their injuries) and addenda with everything a lead recorded about them:
acknowledgements, category corrections, owners, decisions and sign-offs, actions, agency contacts, referrals,
their chases and outcomes, closures, other agencies' involvement, file status and transfers. A family
chronology merges the chronologies of the children of a household.
"""
