"""Keys, password hashing, envelope sealing and signatures; knows nothing of storage or Qt."""
