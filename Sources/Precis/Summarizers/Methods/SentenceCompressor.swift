import Foundation
import PrecisSupport

/// Rule-based sentence compression for tight budgets: removes words a reader does not miss so
/// that a 100-word summary holds more facts.
///
/// Rules (each can be switched off):
/// - **Datelines and bylines**: a leading `PINE RIDGE, S.D. (AP) --`, `WASHINGTON _`,
///   `BEIJING (Xinhua) --`.
/// - **Parentheticals**: `(…)` and `[…]` asides of at most ``Options/maximumParenthetical`` words.
/// - **Leading connectives**: `But`, `However,`, `Meanwhile,`, `And`, `Also,`, `In addition,` …
/// - **Trailing attributions**: `…, officials said.`, `…, he told reporters.`, ending the
///   sentence at the fact.
///
/// A rule never empties a sentence; the first letter is re-capitalized after a cut.
///
/// ```swift
/// SentenceCompressor().compress("WASHINGTON (AP) -- But the bill passed, officials said.")
/// // "The bill passed."
/// ```
package struct SentenceCompressor: Sendable {
    /// Settings; every JSON field is optional.
    package struct Options: Sendable, Hashable, Codable, Settings {
        /// Drop leading datelines and bylines.
        package var datelines: Bool = true
        /// Drop short parentheticals.
        package var parentheticals: Bool = true
        /// Longest parenthetical dropped, in words.
        package var maximumParenthetical: Int = 12
        /// Drop leading connectives.
        package var connectives: Bool = true
        /// Drop trailing attributions.
        package var attributions: Bool = true

        package init() {}

        /// Every value is valid.
        package func validate() throws {}

        /// Every field a settings file may set.
        package static var settingFields: [SettingField<Options>] {
            [
                .init("datelines", \.datelines),
                .init("parentheticals", \.parentheticals),
                .init("maximumParenthetical", \.maximumParenthetical),
                .init("connectives", \.connectives),
                .init("attributions", \.attributions),
            ]
        }
    }

    /// The settings.
    package var options: Options

    package init(options: Options = Options()) { self.options = options }

    // `PLACE[, Region] (AGENCY) --` or `PLACE _` at the start: an upper-case place name.
    private static let dateline = try! NSRegularExpression(
        pattern: #"^\s*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?\s*(?:\([A-Za-z\-&. ]{1,30}\)\s*)?(?:--|_|—|–)\s+"#)
    private static let agencyOnly = try! NSRegularExpression(
        pattern: #"^\s*\((?:AP|Reuters|AFP|Xinhua|UPI|CNN)\)\s*(?:--|_|—|–)?\s*"#)
    private static let connective = try! NSRegularExpression(
        pattern: #"^(?:But|And|However,|Meanwhile,|Also,|In addition,|Moreover,|Still,|Nonetheless,|Nevertheless,|Furthermore,|Separately,|Indeed,|Instead,|So,|Yet)\s+"#)
    private static let attribution = try! NSRegularExpression(
        pattern: #",\s+(?:(?:he|she|they|it|officials?|police|authorities|analysts?|experts?|sources?|the [a-z]+(?: [a-z]+)?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+(?:said|says|added|told reporters|told [A-Z][a-z]+(?: [A-Z][a-z]+)?|reported|announced)(?:\s+(?:on |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?|(?:said|says|according to)\s+[^,]{1,60})\s*([.!?])["'”’]?\s*$"#)
    private static let parenthetical = try! NSRegularExpression(pattern: #"\s*[\(\[][^\(\)\[\]]*[\)\]]"#)

    /// The compressed sentence.
    /// - Complexity: O(length of `sentence`).
    package func compress(_ sentence: String) -> String {
        var text = sentence
        if options.datelines {
            text = Self.cut(Self.dateline, in: text, template: "")
            text = Self.cut(Self.agencyOnly, in: text, template: "")
        }
        if options.connectives { text = Self.cut(Self.connective, in: text, template: "") }
        if options.parentheticals {
            let ns = text as NSString
            var out = text
            for match in Self.parenthetical.matches(in: text, range: NSRange(location: 0, length: ns.length)).reversed() {
                let inner = ns.substring(with: match.range)
                if ClusterSentence.countWords(inner) <= options.maximumParenthetical {
                    out = (out as NSString).replacingCharacters(in: match.range, with: "")
                }
            }
            text = out
        }
        // Attributions only when the sentence is not a quotation (a quote needs its speaker).
        if options.attributions && !text.contains("\"") && !text.contains("“") && !text.contains("``") {
            text = Self.cut(Self.attribution, in: text, template: "$1")
        }
        text = text.trimmingCharacters(in: .whitespaces)
        guard ClusterSentence.countWords(text) >= 3 else { return sentence }
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return text
    }

    private static func cut(_ regex: NSRegularExpression, in text: String, template: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length), withTemplate: template)
    }
}
