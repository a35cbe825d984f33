import Foundation
import Testing
@testable import Precis
import PrecisSupport

/// A settings object changes only the keys it names: a nested object is laid over the enclosing
/// type's default, even where that default differs from the nested type's own `init()`.
struct SettingsOverlayTests {
    private struct Inner: Codable, Equatable, Settings {
        var a = 1
        var b = 2
        static var settingFields: [SettingField<Inner>] { [.init("a", \.a), .init("b", \.b)] }
        func validate() throws { guard a >= 0 else { throw PrecisError.invalidArgument("inner.a must not be negative") } }
    }

    private struct Outer: Codable, Equatable, Settings {
        // the enclosing default differs from `Inner()` in both fields
        var inner = Inner(a: 10, b: 20)
        var c = 3
        static var settingFields: [SettingField<Outer>] { [.init("inner", \.inner), .init("c", \.c)] }
        func validate() throws {}
    }

    private func decode(_ json: String) throws -> Outer {
        try JSONDecoder().decode(Outer.self, from: Data(json.utf8))
    }

    @Test func aNestedObjectKeepsTheEnclosingDefaultsForTheKeysItLeavesOut() throws {
        #expect(try decode(#"{"inner": {"a": 5}}"#) == Outer(inner: Inner(a: 5, b: 20), c: 3))
        #expect(try decode(#"{"inner": {}}"#) == Outer())
        #expect(try decode(#"{"inner": null, "c": 4}"#) == Outer(inner: Inner(a: 10, b: 20), c: 4))
        #expect(try decode(#"{"inner": {"a": 5, "b": 6}}"#) == Outer(inner: Inner(a: 5, b: 6), c: 3))
    }

    @Test func aNestedObjectIsStillCheckedStrictlyAndValidated() {
        #expect(throws: DecodingError.self) { try decode(#"{"inner": {"z": 1}}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"inner": 7}"#) }
        #expect(throws: PrecisError.self) { try decode(#"{"inner": {"a": -1}}"#) }
    }

    /// The trap this closes: the default method's tuned settings differ from
    /// `ConceptCoverageSummarizer.Options()`, and a one-key `"concepts"` object used to start from
    /// the latter, so it changed a dozen settings besides the one it named.
    @Test func aOneKeyConceptsObjectChangesOnlyThatKey() throws {
        let oneKey = try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"concepts": {"supportWeight": 2}}"#.utf8))
        var expected = DigestOptions()
        expected.concepts.supportWeight = 2
        #expect(oneKey == expected)
        #expect(DigestOptions().concepts != ConceptCoverageSummarizer.Options(), "the case this test is about")
        let empty = try JSONDecoder().decode(DigestOptions.self, from: Data(#"{"concepts": {}}"#.utf8))
        #expect(empty == DigestOptions())
    }
}
