import Testing
@testable import Precis
import PrecisSupport

/// `IntSet` answers as `Set<Int>` does, through growth and collisions.
struct IntSetTests {
    @Test func agreesWithSetThroughGrowth() {
        var fast = IntSet()
        var reference = Set<Int>()
        var generator = SystemRandomNumberGenerator()
        // keys from a small range (many repeats) and large ones (far apart), more than the
        // initial capacity so the table grows several times
        for step in 0..<5_000 {
            let key = step % 3 == 0 ? Int.random(in: 0..<500, using: &generator) : Int.random(in: 0..<1 << 40, using: &generator)
            let inserted = fast.insert(key)
            #expect(inserted == reference.insert(key).inserted)
        }
        #expect(fast.count == reference.count)
        for key in reference { #expect(fast.contains(key)) }
        for key in [500, 501, 1 << 41] where !reference.contains(key) { #expect(!fast.contains(key)) }
    }

    @Test func zeroIsAKey() {
        var set = IntSet(minimumCapacity: 0)
        #expect(!set.contains(0))
        let first = set.insert(0)
        let second = set.insert(0)
        #expect(first && !second)
        #expect(set.contains(0))
        #expect(set.count == 1)
    }
}
