from graph.stores import Store


def test_store_roundtrip(store: Store) -> None:
    store.write("CREATE (:Country {iso3: 'ISR', name: 'Israel'})")
    assert store.read("MATCH (c:Country) RETURN c.name AS name").rows == [{"name": "Israel"}]


def test_curated_loaded(curated_store: Store) -> None:
    assert curated_store.counts().labels["Country"] > 32
