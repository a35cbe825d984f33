extension DocumentCleaner {
    /// Joins the lines of one wrapped paragraph: with a space, except after a line that breaks a
    /// hyphenated word at its hyphen.
    ///
    /// Wire text is wrapped at a compound's hyphen ("the 5.7-trillion-" / "dollar national debt",
    /// "Gameel el-" / "Batouti"), so the next line's word follows the hyphen with no space:
    /// "5.7-trillion-dollar". The hyphen is kept: a compound's hyphen is the writer's, and wire
    /// text does not break words between syllables. A suspended hyphen stays apart from the word
    /// after it ("low-" / "and moderate-income", "7th-" / "and 10th-grade").
    ///
    /// - Parameter lines: the paragraph's lines, in order.
    /// - Returns: the paragraph's text.
    /// - Complexity: O(*n*) in the total length of `lines`.
    static func _joiningWrappedLines<Line: StringProtocol>(_ lines: [Line]) -> String {
        var text = ""
        for line in lines {
            if !text.isEmpty, !(_endsInWordHyphen(text) && _continuesHyphenatedWord(line)) {
                text += " "
            }
            text += line
        }
        return text
    }

    /// Whether `text` ends in a hyphen that closes a word ("5.7-trillion-", "el-", "1992-"), not
    /// a dash ("--", " -") nor a mark that opens with a hyphen too ("-0-", a wire story's end).
    static func _endsInWordHyphen(_ text: String) -> Bool {
        let trimmed = text.reversed().drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == "-" else { return false }
        let lastWord = trimmed.dropFirst().prefix { !$0.isWhitespace }
        guard let beforeHyphen = lastWord.first, beforeHyphen.isLetter || beforeHyphen.isNumber else { return false }
        // reversed: the word's first character is the last of `lastWord`; "-0-" opens with a hyphen
        return lastWord.last != "-"
    }

    /// Whether `line` can continue a word broken at its hyphen: it opens with a letter or digit,
    /// and its first word is not one that follows a suspended hyphen ("and", "or", "to").
    static func _continuesHyphenatedWord<Line: StringProtocol>(_ line: Line) -> Bool {
        let start = line.drop { $0 == " " || $0 == "\t" }
        guard let first = start.first, first.isLetter || first.isNumber else { return false }
        let word = start.prefix { $0.isLetter }.lowercased()
        return !Self._suspendedHyphenFollowers.contains(word)
    }

    private static let _suspendedHyphenFollowers: Set<String> = ["and", "or", "nor", "to", "through", "than"]
}
