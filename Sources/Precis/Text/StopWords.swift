/// A set of words too common to carry a sentence's topic, removed before vectors are built.
///
/// The English list ships in `Models/stopwords-en.txt` (the Glasgow IR group's list as
/// scikit-learn ships it). Lists are plain text, one lowercase word per line, `#` comments.
///
/// ```swift
/// let stop = StopWords.english
/// stop.contains("the")   // true
/// ```
public struct StopWords: Sendable, Hashable {
    /// The words, lowercase.
    public let words: Set<String>

    /// Creates a list from words (lowercased here).
    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map { $0.lowercased() })
    }

    /// Creates a list from words taken as they are.
    init(exactly words: Set<String>) {
        self.words = words
    }

    /// Parses the `Models/` text format: one word per line, blank lines and `#` comments ignored.
    public init(parsing text: String) {
        self.init(ModelFiles.lines(of: text))
    }

    /// The shipped English list.
    public static let english = StopWords(parsing: ModelFiles.required("stopwords-en.txt"))

    /// An empty list (keeps every word).
    public static let none = StopWords([String]())

    /// Whether `word` (lowercase) is a stop word.
    public func contains(_ word: String) -> Bool { words.contains(word) }
}
