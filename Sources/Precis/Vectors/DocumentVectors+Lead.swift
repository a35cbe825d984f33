extension DocumentVectors {
    /// The first `words` whitespace-separated words of `body` (all of it when shorter): a news
    /// report's lead, counted again when ``Options/leadRepeats`` asks.
    /// - Parameters:
    ///   - body: the article's text.
    ///   - words: how many words.
    /// - Returns: the lead, a slice of `body`.
    /// - Complexity: O(length of the lead).
    static func lead(of body: String, words: Int) -> Substring {
        var seen = 0, inWord = false
        for index in body.indices {
            let space = body[index].isWhitespace
            if space && inWord {
                seen += 1
                if seen == words { return body[..<index] }
            }
            inWord = !space
        }
        return body[...]
    }
}
