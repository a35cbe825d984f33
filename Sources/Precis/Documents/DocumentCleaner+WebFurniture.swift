import Foundation

extension DocumentCleaner {
    /// Whether a paragraph is a web page's furniture rather than its story, and which kind.
    ///
    /// - a share bar: "Share this article on Facebook Twitter Email" (a paragraph opening with
    ///   "share" that names two or more networks or "email");
    /// - a pointer to other articles: "Related: …", "Read more: …", "See also: …";
    /// - a cookie or consent notice: "We use cookies … Accept";
    /// - a byline: "By Jane Doe, Reuters", "By JANE DOE | Updated 3 hours ago",
    ///   "(Reporting by …; Editing by …)";
    /// - a photo credit or caption line: "Photo: Reuters", "(AP Photo/John Doe)", "Image: Getty";
    /// - a time stamp: "Published 10:32 GMT", "Updated March 3, 2025".
    ///
    /// - Parameters:
    ///   - paragraph: the paragraph as written.
    ///   - key: its `TextNormalizer.matchKey(_:)`.
    /// - Returns: the reason to drop it, or `nil` for story text.
    /// - Complexity: O(*n*) in the paragraph's length.
    public static func webFurniture(_ paragraph: String, key: String) -> DroppedLine.Reason? {
        // the key's words are separated by single spaces: count them without splitting
        let count = key.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
        guard !key.isEmpty, count <= 80 else { return nil }
        let opener = key.prefix { $0 != " " }.drop { "(\"'[:".contains($0) }
        if count <= 40, opener.hasPrefix("share") || opener.hasPrefix("sharing") {
            let networks = ["facebook", "twitter", "email", "e-mail", "whatsapp", "linkedin", "reddit", "pinterest",
                            "messenger", "telegram", "bluesky", "copy link", "print"]
            if networks.filter({ _contains(key, $0) }).count >= 2 { return .furniture }
        }
        if count <= 40, _relatedOpeners.contains(where: { key.hasPrefix($0) }) { return .furniture }
        if _contains(key, "cookie"), ["accept", "consent", "privacy", "we use", "manage"].contains(where: { _contains(key, $0) }) {
            return .furniture
        }
        if _contains(key, "unsubscribe") { return .furniture }
        let ends = endsLikeSentence(key)
        if count <= 16, !ends || count <= 6, paragraph.hasPrefix("By "), paragraph.dropFirst(3).first?.isUppercase == true {
            return .byline
        }
        if count <= 30, key.hasPrefix("(reporting by") || key.hasPrefix("reporting by") || key.hasPrefix("(writing by")
            || key.hasPrefix("(additional reporting by") || key.hasPrefix("additional reporting by") {
            return .byline
        }
        if count <= 15, _creditOpeners.contains(where: { key.hasPrefix($0) }) { return .photoCredit }
        if count <= 12, ["source:", "sources:", "editor:", "editors:", "edited by "].contains(where: { key.hasPrefix($0) }) {
            return .byline
        }
        if key.hasPrefix("a version of this article appears in print") { return .furniture }
        if count <= 30, _isAuthorNote(key) { return .byline }
        if count <= 10, !ends, _isTimestamp(key.split(separator: " ")) { return .furniture }
        if count <= 15, !ends, ["published", "updated", "last updated", "posted"].contains(where: { key.hasPrefix($0 + " ") || key.hasPrefix($0 + ":") }) {
            return .furniture
        }
        return nil
    }

    /// A date or time line ("Sat 12 Apr 2025 14.02 BST", "April 17, 2025 2:32 PM GMT+3"):
    /// a month or weekday name and a number.
    static func _isTimestamp(_ words: [Substring]) -> Bool {
        let names: Set<String> = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday",
        ]
        func bare(_ word: Substring) -> String {
            String(word.drop { $0.isPunctuation }.reversed().drop { $0.isPunctuation }.reversed())
        }
        let hasName = words.contains { names.contains(bare($0)) }
        let hasNumber = words.contains { $0.first?.isNumber == true }
        let first = words.first.map(bare) ?? ""
        return hasName && hasNumber && (names.contains(first) || first.first?.isNumber == true)
    }

    /// An author's note closing an article: "Winnie Hu is a reporter covering …".
    static func _isAuthorNote(_ key: String) -> Bool {
        guard _contains(key, " is ") || _contains(key, " was ") else { return false }
        let words = key.split(separator: " ")
        guard let verb = words.prefix(5).firstIndex(where: { $0 == "is" || $0 == "was" }), verb >= 1,
              !["he", "she", "it", "they", "this", "that", "there", "who", "the", "a", "an", "his", "her", "its"].contains(words[0])
        else { return false }
        let roles = ["reporter", "correspondent", "writer", "editor", "journalist", "columnist", "contributor", "producer"]
        return words[verb...].prefix(6).contains { word in roles.contains { word.hasPrefix($0) } }
            && words.count >= verb + 3 && ["a", "an", "the"].contains(words[verb + 1])
    }

    static let _relatedOpeners = [
        "related:", "related coverage", "related content", "related articles", "related stories", "read more:",
        "read also:", "also read:", "see also:", "more on this story", "you may also like", "recommended:",
        "more from ", "read next:", "watch:", "listen:",
    ]

    static let _creditOpeners = [
        "photo:", "photos:", "photo by ", "photograph:", "photograph by ", "image:", "image by ", "picture:",
        "credit:", "photo credit", "image source", "image caption", "(photo:", "(photo by ", "(ap photo", "ap photo/",
        "(image:", "(credit:", "(reuters/", "(afp", "(getty", "getty images",
    ]

    /// Cuts photo credits out of a paragraph: "(Photo: Reuters)", "(AP Photo/John Doe)",
    /// "(Tim Parker/New York Times Photo)", "(Photo by Jane Doe/Getty Images)".
    ///
    /// A wire agency in parentheses alone (`BERLIN (AP) _`) is a dateline, not a credit, and stays.
    ///
    /// - Parameter paragraph: one paragraph.
    /// - Returns: the paragraph without its credits (empty when it held nothing else) and the credits.
    /// - Complexity: O(*n*).
    public static func removeCredits(_ paragraph: String) -> (kept: String, removed: [String]) {
        // a credit is in parentheses and names a photo, image, picture or credit
        guard _contains(paragraph, "("), case let lower = paragraph.lowercased(),
              ["photo", "image", "picture", "credit"].contains(where: { _contains(lower, $0) })
        else { return (paragraph, []) }
        return _cutting(_credit, group: 0, from: paragraph)
    }

    /// A credit in parentheses: the words photo, image, picture or credit, alone or after a
    /// name and a slash, or before `:`, `by` or `/` and a name.
    static let _credit = try! NSRegularExpression(pattern:
        #"\((?:[^()]{0,60}[ /])?(?:photo|photograph|image|picture|credit)s?(?:\s*(?:by\b|:|/)[^()]{0,60})?\)"#,
        options: [.caseInsensitive])
}
