// Unit tests get a real IndexedDB implementation in memory (no mocks of the storage layer).
import 'fake-indexeddb/auto'
