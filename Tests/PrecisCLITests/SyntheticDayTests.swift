import Testing

@testable import precis

/// The benchmark's synthetic days (`precis bench`), which live with the command, not the library.
@Suite struct SyntheticDayTests {
    @Test func timestampsAreISO8601() {
        #expect(SyntheticDay.isoTimestamp(1_747_008_000 + 61) == "2025-05-12T00:01:01Z")
    }

    @Test func daysAreDeterministicAndCopiesGetTheirOwnWords() {
        let clusters = [
            SyntheticDay.Cluster(name: "a", texts: ["Storm floods towns.\n\nRescue crews arrive.", "Storm hits coast.\n\nFamilies leave."]),
            SyntheticDay.Cluster(name: "b", texts: ["Chess champion crowned."]),
        ]
        let one = SyntheticDay.make(count: 7, clusters: clusters, seed: 1)
        let two = SyntheticDay.make(count: 7, clusters: clusters, seed: 1)
        #expect(one == two && one.count == 7)
        #expect(Set(one.map(\.line.id)).count == 7)
        #expect(one.contains { $0.story.hasSuffix("#1") && $0.line.text.contains("qb") })
        #expect(SyntheticDay.tagged("The storm hit", copy: 1) == "The stormqb hit")
    }
}
