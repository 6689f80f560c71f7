"""The canned questions: one .cypher file each, and the catalogue that reads them."""
