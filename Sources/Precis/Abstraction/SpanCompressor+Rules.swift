extension SpanCompressor {
    /// Every span each rule proposes (before protection is applied).
    func findSpans(_ t: [CompressionToken], _ protection: ProtectedTokens) -> [Span] {
        var spans: [Span] = []
        let isFuture = t.enumerated().contains { !protection.isQuoted[$0.offset] && $0.element.wordClasses.contains(.future) }
        // Leading: dateline, then discourse words and a time adverbial, in any order.
        var start = 0
        if let end = dateline(t) { spans.append(Span(range: 0..<end, rule: .dateline)); start = end }
        var moved = true
        while moved && start < t.count {
            moved = false
            if let end = leadingDiscourse(t, at: start) {
                spans.append(Span(range: start..<end, rule: .leadingDiscourse)); start = end; moved = true
            } else if !isFuture, let end = timeExpression(t, at: start), end < t.count, t[end].text == "," {
                spans.append(Span(range: start..<(end + 1), rule: .leadingAdverbial)); start = end + 1; moved = true
            }
        }
        if let end = leadingClause(t, at: start) { spans.append(Span(range: start..<end, rule: .leadingClause)) }
        // the first comma of a sentence that opens with a phrase ("On the same day in Kenya,") closes it
        let leadingPhraseComma = start < t.count && !t[start].wordClasses.isDisjoint(with: [.clauseOpener, .preposition])
            ? t[start...].firstIndex { $0.text == "," } : nil
        for i in t.indices where !protection.isQuoted[i] {
            let key = t[i].key
            // the day of a statement: "said Monday", "said on Tuesday", "officials Monday said"
            if t[i].wordClasses.contains(.speech) {
                if i + 2 < t.count, t[i + 1].key == "that", t[i + 2].isWordLike { spans.append(Span(range: (i + 1)..<(i + 2), rule: .complementizer)) }
                if let end = timeExpression(t, at: i + 1) { spans.append(Span(range: (i + 1)..<end, rule: .attributionTime)) }
                if let begin = timeExpression(t, endingAt: i), !followsBareParticiple(t, begin) {
                    spans.append(Span(range: begin..<i, rule: .attributionTime))
                }
            }
            // day and time expressions of a sentence about the past
            if !isFuture, i > start, let end = timeExpression(t, at: i),
               !t[i - 1].wordClasses.contains(.timeConstraint), !t[i - 1].wordClasses.contains(.timeModifier),
               t[i - 1].key != "of", !followsBareParticiple(t, i),
               timeExpression(t, at: i - 1) != end {  // "late on Friday": "Friday" alone is not the expression
                spans.append(Span(range: commaAside(t, i..<end), rule: .timeExpression))
            }
            if t[i].kind == .openBracket, let span = aside(t, from: i, closing: { $0.kind == .closeBracket }) {
                spans.append(Span(range: span, rule: .parenthetical))
            }
            if t[i].kind == .punctuation, ["--", "—", "–"].contains(t[i].text), i > 0, let span = aside(t, from: i, closing: { $0.text == t[i].text }) {
                spans.append(Span(range: span, rule: .dashAside))
            }
            if isAdverb(t, at: i) { spans.append(Span(range: commaAside(t, i..<(i + 1)), rule: .adverb)) }
            if let end = filler(t, at: i), !followsBareParticiple(t, i) { spans.append(Span(range: commaAside(t, i..<end), rule: .filler)) }
            // "a 45-year-old man" loses the age; "the 9-year-old we know" is the noun itself
            if t[i].kind == .number, key.hasSuffix("-year-old"), i + 1 < t.count, t[i + 1].isWordLike,
               !(i > 0 && t[i - 1].wordClasses.contains(.determiner)
                 && !t[i + 1].wordClasses.isDisjoint(with: [.determiner, .pronoun, .auxiliary])) {
                spans.append(Span(range: i..<(i + 1), rule: .age))
            }
            // after a date ("Last November, a doctor in Winnipeg, Manitoba, was shot") or a leading
            // phrase ("… in neighboring Kenya, a bomb exploded …") it is the subject
            if t[i].text == ",", i > 0, t[i - 1].isCapitalized, !t[i - 1].wordClasses.contains(.month),
               !t[i - 1].wordClasses.contains(.weekday), i != leadingPhraseComma, let span = appositive(t, comma: i) {
                spans.append(span)
                if span.rule == .appositive, t[i + 1].kind == .number, i + 3 < t.count, t[i + 2].text == "," {
                    spans.append(Span(range: i..<(i + 2), rule: .age))  // ", 45" of "Name, 45, a spokesman,"
                }
            }
            if t[i].text == ",", i + 1 < t.count, t[i + 1].wordClasses.contains(.relative), let span = relativeClause(t, comma: i) {
                spans.append(span)
            }
            if t[i].wordClasses.contains(.title), let span = longTitle(t, at: i) { spans.append(span) }
        }
        return spans
    }

    /// `WASHINGTON (AP) --`, `PINE RIDGE, S.D. (AP) _`, `(AP) --`: the end of a leading dateline.
    func dateline(_ t: [CompressionToken]) -> Int? {
        var i = 0
        if t.count > 3, t[0].kind == .openBracket, t[2].kind == .closeBracket { i = 3 }
        else {
            guard let first = t.first, first.kind == .word, first.text.count >= 2,
                  first.text.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return nil }
            while i < min(t.count, 12), t[i].isWordLike || t[i].text == "," || t[i].kind == .openBracket || t[i].kind == .closeBracket,
                  t[i].kind != .word || t[i].isCapitalized || t[i].kind == .number {
                i += 1
            }
        }
        guard i < t.count - 1, ["--", "-", "_", "—", "–", ":"].contains(t[i].text) else { return nil }
        return i + 1
    }

    /// `But`, `And`, `However,`, `Of course,` at `i`: the end of the span (comma included).
    func leadingDiscourse(_ t: [CompressionToken], at i: Int) -> Int? {
        guard i < t.count - 2 else { return nil }
        let key = t[i].key
        if t[i].wordClasses.contains(.fillerPhraseStart), let phrase = phrase(fillerPhrases, at: i, t), phrase < t.count, t[phrase].text == "," {
            return phrase + 1
        }
        if t[i + 1].text == ",", t[i].wordClasses.contains(.discourseComma) || t[i].wordClasses.contains(.discourseBare) {
            // "But, political analysts said, Congress …": the comma opens an attribution aside
            let aside = (i + 2)..<min(t.count - 1, i + 8)
            if aside.contains(where: { t[$0].wordClasses.contains(.speech) && t[$0 + 1].text == "," }) { return nil }
            return i + 2
        }
        if t[i].wordClasses.contains(.discourseBare), t[i + 1].isWordLike,
           !(key == "so" && ["far", "much", "many", "that", "long"].contains(t[i + 1].key)),
           !["well", "now"].contains(key) {
            return i + 1
        }
        return nil
    }

    /// A prepositional phrase or adverbial clause opening the sentence at `i` and closed by a
    /// comma within ``maximumAside`` tokens: its end (comma included). Conditions and
    /// exceptions (`If`, `Unless`, `Except`) are never cut: the rest is not true without them.
    func leadingClause(_ t: [CompressionToken], at i: Int) -> Int? {
        guard i < t.count, t[i].wordClasses.contains(.clauseOpener) else { return nil }
        var k = i + 1
        while k < t.count, k - i <= maximumAside {
            if t[k].kind == .openQuote || t[k].kind == .closeQuote { return nil }
            // an attribution ("As several members observed,") or a figure ("With 22 percent of
            // the vote counted,") qualifies the claim that follows: kept
            if t[k].wordClasses.contains(.speech) || t[k].kind == .number { return nil }
            // "Under way in Buenos Aires is a conference …, a follow-up to …": a preposition's
            // phrase holding a verb is the inverted main clause, not a phrase before it (a clause
            // after "After", "Since", "Until" has its own subject and verb)
            if t[i].wordClasses.contains(.preposition), !t[i].wordClasses.contains(.timeConstraint),
               t[k].wordClasses.contains(.auxiliary) { return nil }
            if t[k].text == "," {
                guard k > i + 1, k + 1 < t.count, t[k + 1].isWordLike, startsMainClause(t, at: k + 1) else { return nil }
                return k + 1
            }
            if !t[k].isWordLike && t[k].kind != .openBracket && t[k].kind != .closeBracket { return nil }
            k += 1
        }
        return nil
    }

    /// Whether the words at `i`, after a leading phrase's comma, can open the sentence's main
    /// clause: not an inverted attribution (`…, said Dr. X`), not a clause hanging on the phrase
    /// (`…, when readers bought…`), not the tail of a list the phrase holds (`such as malaria,
    /// cholera and dengue fever, scientists…`).
    func startsMainClause(_ t: [CompressionToken], at i: Int) -> Bool {
        let key = t[i].key
        if t[i].wordClasses.contains(.speech) || t[i].wordClasses.contains(.relative) || ["when", "while", "as"].contains(key) { return false }
        // "In addition to a threat, though, the Leonids …": a connective of the phrase would lead
        if i + 1 < t.count, t[i + 1].text == ",", t[i].wordClasses.contains(.discourseComma) || key == "though" { return false }
        var k = i
        while k < t.count, k - i <= 8, t[k].isWordLike {
            if t[k].wordClasses.contains(.conjunction) {
                // "a, b and c," : a comma soon after the conjunction closes a list
                var j = k + 1
                while j < t.count, j - k <= 4, t[j].isWordLike { j += 1 }
                if j < t.count, t[j].text == "," { return false }
            }
            k += 1
        }
        return true
    }

    /// Whether the words at `i` follow a participle that has no auxiliary before it (`a study …
    /// released Monday.`, `a report released this week says`, `sources obtained here today`):
    /// cutting them would leave the participle dangling. Fillers and time words between are skipped.
    func followsBareParticiple(_ t: [CompressionToken], _ i: Int) -> Bool {
        var p = i - 1
        while p >= 0, t[p].isWordLike, t[p].wordClasses.contains(.filler) || t[p].wordClasses.contains(.relativeDay) { p -= 1 }
        guard p >= 0, t[p].kind == .word, t[p].key.hasSuffix("ed"), !t[p].wordClasses.contains(.speech) else { return false }
        return p == 0 || !t[p - 1].wordClasses.contains(.auxiliary)
    }

    /// A day or time expression starting at `i` (`on Monday`, `Monday night`, `this morning`,
    /// `earlier this week`, `yesterday`): its end.
    func timeExpression(_ t: [CompressionToken], at i: Int) -> Int? {
        guard i < t.count else { return nil }
        var k = i
        if t[k].key == "on" || t[k].key == "late" || t[k].key == "early", k + 1 < t.count, t[k + 1].wordClasses.contains(.weekday) { k += 1 }
        if t[k].wordClasses.contains(.weekday) {
            k += 1
            if k < t.count, t[k].wordClasses.contains(.timeNoun) { k += 1 }
            return k
        }
        if t[k].wordClasses.contains(.relativeDay) { return k + 1 }
        if t[k].key == "earlier" || t[k].key == "later" {
            if k + 2 < t.count, ["this", "last"].contains(t[k + 1].key), t[k + 2].wordClasses.contains(.timeNoun) { return k + 3 }
            if k + 1 < t.count, t[k + 1].wordClasses.contains(.relativeDay) { return k + 2 }
            return k + 1 < t.count && !t[k + 1].isWordLike ? k + 1 : nil
        }
        if ["this", "last"].contains(t[k].key), k + 1 < t.count,
           t[k + 1].wordClasses.contains(.timeNoun) || t[k + 1].wordClasses.contains(.weekday) {
            return k + 2
        }
        return nil
    }

    /// A time expression ending right before `end`: its start.
    func timeExpression(_ t: [CompressionToken], endingAt end: Int) -> Int? {
        for begin in stride(from: end - 1, through: max(0, end - 3), by: -1) where timeExpression(t, at: begin) == end {
            var b = begin
            while b > 0 && timeExpression(t, at: b - 1) == end { b -= 1 }
            return b > 0 && t[b - 1].isWordLike ? b : nil
        }
        return nil
    }

    /// `(…)`, `[…]`, `-- … --` opening at `i`: the span with a space-free join, or nil when too
    /// long, nested or unclosed.
    func aside(_ t: [CompressionToken], from i: Int, closing: (CompressionToken) -> Bool) -> Range<Int>? {
        var k = i + 1
        while k < t.count, k - i <= maximumAside + 1 {
            if closing(t[k]) { return k > i + 1 ? i..<(k + 1) : nil }
            if t[k].kind == .openBracket || t[k].kind == .openQuote || t[k].kind == .closeQuote { return nil }
            k += 1
        }
        // a dash aside running to the end of the sentence: "…, the agency said -- a rare step."
        return nil
    }

    /// `really`, `very`, `of course`, `in fact` at `i`: its end.
    func filler(_ t: [CompressionToken], at i: Int) -> Int? {
        guard i > 0, !t[i - 1].wordClasses.contains(.fillerBlocker), !t[i - 1].wordClasses.contains(.determiner) else { return nil }
        var end: Int?
        if t[i].wordClasses.contains(.filler) {
            // "here" and "now" only as adverbs, not as objects ("from here", "until now")
            if ["here", "now"].contains(t[i].key), t[i - 1].wordClasses.contains(.preposition) || t[i - 1].key == "right" { return nil }
            end = i + 1
        }
        else if t[i].wordClasses.contains(.fillerPhraseStart), let e = phrase(fillerPhrases, at: i, t) {
            // "you know" and "I mean" only as asides between commas or at a clause edge
            if ["you", "i"].contains(t[i].key), t[i - 1].text != ",", e < t.count, t[e].text != "," { return nil }
            // "respond as well as Evan did" compares: not the filler "as well"
            if e < t.count, t[e].key == "as" { return nil }
            end = e
        }
        guard let e = end, e < t.count else { return nil }
        // "very" before an adjective is fine; before a number or quantity it is not a filler
        if t[e].kind == .number || t[e].wordClasses.contains(.approximator) { return nil }
        return e
    }

    /// An intensifier (`highly`, `sharply`: the word list's `intensifier` class), not after a
    /// negation or degree word (`not fully`) nor after an article it would leave wrong
    /// (`an extraordinarily tight race`). Other -ly adverbs stay: a blind review found that
    /// dropping them changes claims (`widely used`, `formally impeached`, `improperly installed`).
    func isAdverb(_ t: [CompressionToken], at i: Int) -> Bool {
        guard i > 0, t[i].kind == .word, t[i].wordClasses.contains(.intensifier), t[i].text.first?.isLowercase == true,
              !t[i - 1].wordClasses.contains(.fillerBlocker), !["a", "an"].contains(t[i - 1].key) else { return false }
        // a manner adverb closing its clause restricts the verb ("separate unilaterally."): kept
        return i + 1 < t.count && t[i + 1].kind != .number && t[i + 1].isWordLike
    }

    /// The end of a multi-word phrase of `phrases` (a class's, ``WordClasses/phrases``) starting at `i`, or nil.
    func phrase(_ phrases: [[String]], at i: Int, _ t: [CompressionToken]) -> Int? {
        for words in phrases where i + words.count <= t.count {
            if words.indices.allSatisfy({ t[i + $0].key == words[$0] }) { return i + words.count }
        }
        return nil
    }

    /// `span` widened by both commas when it sits between two (`the company, on Monday, said`),
    /// or by the comma before it when it ends the sentence.
    func commaAside(_ t: [CompressionToken], _ span: Range<Int>) -> Range<Int> {
        let before = span.lowerBound > 0 && t[span.lowerBound - 1].text == ","
        let after = span.upperBound < t.count && t[span.upperBound].text == ","
        // both commas go: "The company, on Monday, said" → "The company said"
        if before && after { return (span.lowerBound - 1)..<(span.upperBound + 1) }
        if before && (span.upperBound == t.count || !t[span.upperBound].isWordLike && t[span.upperBound].kind != .openQuote) {
            return (span.lowerBound - 1)..<span.upperBound
        }
        return span
    }

    /// `Name, a spokesman for the ministry,` / `Name, 45,` / `…said Name, the ministry's head.`:
    /// the appositive after the comma at `comma`, commas included.
    func appositive(_ t: [CompressionToken], comma: Int) -> Span? {
        guard comma + 1 < t.count else { return nil }
        let first = t[comma + 1]
        let startsLikeNoun = first.wordClasses.contains(.determiner) || first.wordClasses.contains(.title)
            || first.kind == .number
        guard startsLikeNoun, !["that", "this", "these", "those", "each", "every"].contains(first.key) else { return nil }
        var k = comma + 1
        while k < t.count, t[k].isWordLike, k - comma <= maximumAppositive {
            let key = t[k].key
            if !t[k].wordClasses.isDisjoint(with: [.auxiliary, .modal, .speech, .relative, .conjunction])
                || t[k].wordClasses.contains(.pronoun) && key != "her" && key != "his"
                || key == "that" || key == "to" && k == comma + 2 {
                return nil
            }
            k += 1
        }
        guard k < t.count, k > comma + 1 else { return nil }
        let isAge = k == comma + 2 && first.kind == .number && Int(first.text).map({ (1...120).contains($0) }) == true
        if first.kind == .number && !isAge { return nil }
        let rule: CompressionRule = isAge ? .age : .appositive
        // "Name, 45, a spokesman for X, said": the age alone, or the age and what follows it
        if isAge, t[k].text == ",", let next = appositive(t, comma: k), next.rule == .appositive, next.range.lowerBound == k {
            return Span(range: comma..<next.range.upperBound, rule: .appositive)
        }
        if t[k].text == "," {
            // not a list: "Paris, the capital, and Lyon"
            guard k + 1 < t.count, !t[k + 1].wordClasses.contains(.conjunction) else { return nil }
            // "…in suburban Buffalo, N.Y., returned": the state belongs to the appositive
            if k + 2 < t.count, t[k + 1].isCapitalized, t[k + 1].text.hasSuffix("."), t[k + 2].text == "," {
                return Span(range: comma..<(k + 3), rule: rule)
            }
            return Span(range: comma..<(k + 1), rule: rule)
        }
        // at the end of the sentence, only after a speaker ("said Name, a spokesman.")
        if [".", "!", "?"].contains(t[k].text), k == t.count - 1 || t[k + 1].kind == .closeQuote {
            let nearSpeech = (max(0, comma - 5)..<comma).contains { t[$0].wordClasses.contains(.speech) }
            return nearSpeech && !isAge ? Span(range: comma..<k, rule: rule) : nil
        }
        return nil
    }

    /// `, which …,` `, who …` up to the next comma or the end of the sentence.
    func relativeClause(_ t: [CompressionToken], comma: Int) -> Span? {
        if t[comma + 1].key == "where", comma == 0 || !t[comma - 1].isCapitalized { return nil }
        // "Schumer, who, as D'Amato likes to say, voted …": an aside opens inside the clause, whose
        // verb comes after it; cutting up to the aside's comma would take the pronoun alone
        if comma + 2 < t.count, t[comma + 2].text == "," { return nil }
        var k = comma + 2
        while k < t.count, k - comma <= maximumRelativeClause {
            if t[k].kind == .openQuote || t[k].kind == .closeQuote || t[k].kind == .openBracket { return nil }
            if t[k].text == "," {
                // a short comment after it may be about the clause ("…, which is odd, I suppose.")
                var tail = k + 1
                while tail < t.count, t[tail].isWordLike { tail += 1 }
                if tail - k <= 4, tail == t.count || [".", "!", "?"].contains(t[tail].text), k + 1 < t.count,
                   t[k + 1].wordClasses.contains(.pronoun) || t[k + 1].wordClasses.contains(.speech) {
                    return nil
                }
                // "…, which are shrinking, a threat posed by …": the noun after it sums the clause up
                if k + 1 < t.count, ["a", "an"].contains(t[k + 1].key) { return nil }
                // "…, which killed one person, according to the government": the attribution keeps its comma
                if k + 1 < t.count, t[k + 1].key == "according" { return Span(range: comma..<k, rule: .relativeClause) }
                // not "…, which, he said, …"; and a list's comma before "and" stays
                return Span(range: comma..<(k + 1 < t.count && !t[k + 1].wordClasses.contains(.conjunction) ? k + 1 : k), rule: .relativeClause)
            }
            if [".", "!", "?", ";", ":", "--", "—"].contains(t[k].text) { return k > comma + 2 ? Span(range: comma..<k, rule: .relativeClause) : nil }
            k += 1
        }
        return nil
    }

    /// `Ukrainian President Volodymyr Zelensky`, `the U.S. Secretary of State Marco Rubio`:
    /// the title before a full name of two or more words (the name stays).
    func longTitle(_ t: [CompressionToken], at i: Int) -> Span? {
        guard t[i].isCapitalized else { return nil }
        // the title's last word, then the name after it
        var last = i
        while last + 1 < t.count, t[last + 1].isCapitalized, t[last + 1].wordClasses.contains(.title) { last += 1 }
        if last + 2 < t.count, t[last + 1].key == "of", t[last + 2].isCapitalized { return nil }  // "Secretary of …": its head word is taken later
        var nameEnd = last + 1
        while nameEnd < t.count, t[nameEnd].kind == .word, t[nameEnd].isCapitalized, !t[nameEnd].wordClasses.contains(.title) { nameEnd += 1 }
        guard nameEnd - last - 1 >= 2 else { return nil }
        // walk back over the title: title words, "of", nationalities (suffix rules), acronyms
        var begin = i
        while begin > 0 {
            let p = t[begin - 1]
            let isTitlePart = p.isCapitalized && (p.wordClasses.contains(.title) || p.text.contains(".")
                || ["an", "ese", "ish", "i", "ch"].contains(where: { p.key.hasSuffix($0) }) && p.key.count > 3)
                || (p.key == "of" && begin - 2 >= 0 && t[begin - 2].isCapitalized)
            if !isTitlePart { break }
            begin -= 1
        }
        guard last + 1 - begin >= 2 else { return nil }
        if begin > 0, t[begin - 1].key == "the" || t[begin - 1].key == "former" { begin -= 1 }
        return Span(range: begin..<(last + 1), rule: .title)
    }
}
