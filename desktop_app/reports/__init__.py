"""PDF documents a lead sends or keeps: referral pack, transfer pack, recovery sheet; and their encryption."""
