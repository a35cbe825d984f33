import Foundation

/// One article of a day: its text as read, with what a brief needs to know about it.
///
/// Grouping reads the raw text (fast); only the articles of the stories shown are cleaned into
/// ``Document``s (``document()``) and digested.
///
/// Articles come from a folder (``ArticleReader/read(folder:)``: the id is the path
/// relative to the folder, the source is the first subfolder) or from JSON Lines
/// (``ArticleReader/readJSONLines(_:name:)``: `{"id", "title"?, "source"?, "url"?,
/// "published"?, "text"}`).
public struct Article: Sendable, Hashable, Codable {
    /// The article's identifier: its path relative to the folder read, or its JSON Lines `id`.
    public var id: String
    /// The publisher or feed, when known (JSON Lines `source`, or the folder's first subfolder).
    public var source: String?
    /// Where the article was published, when known.
    public var url: String?
    /// When it was published, as given (ISO 8601 in JSON Lines), when known.
    public var published: String?
    /// The title, when one was given (JSON Lines `title`, HTML `<title>`, a Markdown heading).
    public var title: String?
    /// The article's plain text (markup already removed), not yet cleaned.
    public var text: String

    public init(id: String, title: String? = nil, source: String? = nil, url: String? = nil, published: String? = nil, text: String) {
        self.id = id
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.text = text
    }

    /// The cleaned article (``DocumentCleaner``), named by its id.
    /// - Complexity: O(length of the text).
    public func document() -> Document {
        Document(name: id, text: text, title: title)
    }

    /// Seconds since 1970 of ``published``, when it parses as ISO 8601 (a date, or a date and
    /// time with an optional zone; no zone means UTC).
    public var publishedTime: Double? {
        published.flatMap(Self.parseTimestamp)
    }

    /// Parses `2025-05-12`, `2025-05-12T08:30`, `2025-05-12T08:30:00Z`, `2025-05-12 08:30:00+02:00`.
    /// - Returns: seconds since 1970 (UTC), or `nil` when the text is not such a timestamp.
    /// - Complexity: O(length of `text`).
    public static func parseTimestamp(_ text: String) -> Double? {
        let s = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= s.count else { return nil }
            var v = 0
            for i in range {
                guard s[i] >= 48 && s[i] <= 57 else { return nil }
                v = v * 10 + Int(s[i] - 48)
            }
            return v
        }
        guard s.count >= 10, let year = number(0..<4), s[4] == 45, let month = number(5..<7), s[7] == 45,
              let day = number(8..<10), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = 0.0
        var i = 10
        if i < s.count, s[i] == 84 || s[i] == 32 {  // 'T' or ' '
            guard let hour = number(11..<13), s.count > 13, s[13] == 58, let minute = number(14..<16) else { return nil }
            seconds = Double(hour * 3600 + minute * 60)
            i = 16
            if i < s.count, s[i] == 58 {
                guard let second = number(17..<19) else { return nil }
                seconds += Double(second)
                i = 19
                if i < s.count, s[i] == 46 {  // fraction: skipped
                    i += 1
                    while i < s.count, s[i] >= 48 && s[i] <= 57 { i += 1 }
                }
            }
            if i < s.count {
                if s[i] == 90 { i += 1 }  // Z
                else if s[i] == 43 || s[i] == 45 {
                    let sign: Double = s[i] == 43 ? -1 : 1
                    guard let zh = number((i + 1)..<(i + 3)) else { return nil }
                    var zm = 0
                    if i + 3 < s.count, s[i + 3] == 58 { zm = number((i + 4)..<(i + 6)) ?? 0; i += 6 } else {
                        zm = number((i + 3)..<(i + 5)) ?? 0; i += (i + 5 <= s.count ? 5 : 3)
                    }
                    seconds += sign * Double(zh * 3600 + zm * 60)
                }
            }
        }
        // Days from civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        return Double(days) * 86400 + seconds
    }
}
