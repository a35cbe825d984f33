import Foundation
import PrecisSupport

extension WordTokenizer {
    /// `text` in composed form (NFC), so a letter and its accent are one scalar for the stemmer.
    static func _composed(_ text: String) -> String {
        isASCII(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Lowercases one scalar keeping its diacritics; with `turkish`, `İ` becomes `i` (and the
    /// ASCII `I`, handled by the caller, `ı`).
    static func lowercaseScalar(_ scalar: Unicode.Scalar, turkish: Bool) -> [Unicode.Scalar] {
        if turkish && scalar == "\u{0130}" { return ["i"] }
        let lowered = String(scalar).lowercased()
        return Array(lowered.precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Lowercases a word by a language's rules: Turkish maps `I` to `ı` and `İ` to `i`
    /// (`String.lowercased()` gives `i` and `i̇`, which match neither stop words nor stems).
    /// - Parameters:
    ///   - word: any text.
    ///   - language: its language.
    /// - Returns: the lowercase text, composed (NFC).
    public static func lowercased(_ word: String, in language: Language) -> String {
        guard language.hasTurkishCasing else { return word.lowercased() }
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar == "I" { out.append("\u{0131}") } else { out.append(contentsOf: lowercaseScalar(scalar, turkish: true)) }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }
}
