"""The designated lead's own records (acknowledgements, decisions, referrals, households) and the child's file."""
