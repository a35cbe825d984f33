import PrecisSupport

extension SentenceFuser {
    /// Where a fused sentence passes from one source to another, and whether each passage is one
    /// a reader would parse as the source did.
    ///
    /// The trigram guard lets two sources join over two shared words, and a noun phrase that is
    /// an object in one source can then become the subject of the other's verb ("Zelensky accused
    /// the Russian president" + "the Russian president declines the invitation" → "Zelensky
    /// accused the Russian president declines the invitation"). Without a parser, these checks
    /// stand in for Filippova's part-of-speech agreement. Tokens are words and marks (a comma is
    /// a token), between a start and an end token:
    /// - every run of four tokens is in one source, so sources join over at least three shared
    ///   tokens, and a fused sentence opens and ends as some source opens and ends (no sentence
    ///   cut short where another source happens to end; no comma or "and" lost at a join);
    /// - at each join, the token that follows the shared ones in the source being left is of the
    ///   same kind (function word or mark, content word, or the end) as the token that follows
    ///   them in the fused sentence (``WordGraph/isFunctionWord(_:classes:)``);
    /// - no join lies within a fact's words: the five tokens around a join hold no number, unit,
    ///   month, weekday or relative day, so a number keeps the subject, verb and unit of one
    ///   source ("One would create about 15,000 vouchers" + "The bill would create about 90,000
    ///   vouchers" never gives "One would create about 90,000 vouchers").
    struct Junctions {
        /// Four token numbers in a row.
        private struct Run: Hashable {
            var a, b, c, d: Int32
            // two 64-bit words hashed instead of four 32-bit ones (only looked up, never iterated)
            func hash(into hasher: inout Hasher) {
                hasher.combine(UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)))
                hasher.combine(UInt64(UInt32(bitPattern: c)) << 32 | UInt64(UInt32(bitPattern: d)))
            }
        }
        /// Five token numbers in a row.
        private struct Run5: Hashable { var run: Run, e: Int32 }

        /// Each key's number: 0 and 1 are the start and end tokens.
        private var numbers: [String: Int32] = [:]
        /// Per number: 0 a function word or a mark, 1 a content word, 2 the end (``kind(_:)``).
        private var kinds: [Int8] = [2 /* never read */, 2]
        /// Per number: whether it states a fact (``isFact(_:)``).
        private var facts: [Bool] = [false, false]
        /// Each source's four-token runs, with the kinds (``kind(_:)``) of the tokens that follow
        /// them, as bits (1 << kind; none after the end token).
        private var followerKinds: [Run: UInt8] = [:]
        /// Each source's five-token runs: a fused sentence's run found here is no join.
        private var fiveGrams = Set<Run5>()
        let classes: WordClasses
        /// The start and end tokens (not a key any token can have: keys hold no spaces).
        static let start = "<s> ", end = "</s> "

        /// - Parameter sources: the sources' comparison keys (``FaithfulnessGuard``), words and marks.
        /// - Complexity: O(total source tokens).
        init(_ sources: [[String]], classes: WordClasses) {
            self.classes = classes
            let tokenCount = sources.reduce(0) { $0 + $1.count + 2 }
            numbers = [Self.start: 0, Self.end: 1]
            numbers.reserveCapacity(tokenCount)
            followerKinds.reserveCapacity(tokenCount)
            fiveGrams.reserveCapacity(tokenCount)
            kinds[0] = Int8(kind(Self.start, wordClasses: classes.classes(of: Self.start)))
            for keys in sources {
                var tokens: [Int32] = [0]
                for key in keys {
                    let new = Int32(numbers.count)
                    let number = numbers.value(forKey: key, inserting: new)
                    if number == new {
                        // the key's word classes, looked up once for both
                        let wordClasses = classes.classes(of: key)
                        kinds.append(Int8(kind(key, wordClasses: wordClasses)))
                        facts.append(isFact(key, wordClasses: wordClasses))
                    }
                    tokens.append(number)
                }
                tokens.append(1)
                for i in tokens.indices where i + 4 <= tokens.count {
                    let run = Run(a: tokens[i], b: tokens[i + 1], c: tokens[i + 2], d: tokens[i + 3])
                    followerKinds[run, default: 0] |= i + 4 < tokens.count ? 1 << UInt8(kinds[Int(tokens[i + 4])]) : 0
                    if i + 5 <= tokens.count { fiveGrams.insert(Run5(run: run, e: tokens[i + 4])) }
                }
            }
        }

        /// Whether `fused` (comparison keys, words and marks) joins its sources only as described above.
        /// - Complexity: O(*n*) hashed look-ups for *n* tokens.
        func areClean(_ fused: [String]) -> Bool {
            areClean(numbers: fused.map(number(of:)))
        }

        /// A key's number (-1: no source has it, and it is in no run).
        func number(of key: String) -> Int32 { numbers[key] ?? -1 }

        /// ``areClean(_:)`` of the keys numbered by ``number(of:)``.
        /// - Complexity: O(*n*) hashed look-ups for *n* tokens.
        func areClean(numbers fused: [Int32]) -> Bool {
            var tokens: [Int32] = [0]
            tokens.reserveCapacity(fused.count + 2)
            tokens += fused
            tokens.append(1)
            guard tokens.count >= 4 else { return false }
            func run(at i: Int) -> Run { Run(a: tokens[i], b: tokens[i + 1], c: tokens[i + 2], d: tokens[i + 3]) }
            // each run's followers, looked up once
            var followers: [UInt8] = []
            followers.reserveCapacity(tokens.count - 3)
            for i in 0...(tokens.count - 4) {
                guard let kinds = followerKinds[run(at: i)] else { return false }
                followers.append(kinds)
            }
            // every token is a source's now (each lies in a run found above)
            for i in 0..<max(0, tokens.count - 4) where !fiveGrams.contains(Run5(run: run(at: i), e: tokens[i + 4])) {
                if tokens[i..<(i + 5)].contains(where: { facts[Int($0)] }) { return false }
                // some source goes on from the same four tokens with a token of the next one's kind
                if followers[i] & (1 << UInt8(kinds[Int(tokens[i + 4])])) == 0 { return false }
            }
            return true
        }

        /// 0: a function word or a mark; 1: a content word; 2: the end.
        /// - Parameters:
        ///   - key: a key.
        ///   - wordClasses: its word classes (``WordClasses/classes(of:)``).
        private func kind(_ key: String, wordClasses: WordClass) -> Int {
            if key == Self.end { return 2 }
            // among ASCII characters only letters are letters and only digits numbers
            let hasWordCharacter = isASCII(key)
                ? key.utf8.contains(where: isASCIILetterOrDigit)
                : key.contains { $0.isLetter || $0.isNumber }
            return !hasWordCharacter || WordGraph.isFunctionWord(key, wordClasses: wordClasses) ? 0 : 1
        }

        /// Whether `key` states a fact a join must not split from its context: a number, a unit or a date word.
        private func isFact(_ key: String, wordClasses: WordClass) -> Bool {
            let hasNumber = isASCII(key) ? key.utf8.contains(where: isASCIIDigit) : key.contains(where: \.isNumber)
            return hasNumber || !wordClasses.isDisjoint(with: [.unit, .month, .weekday, .relativeDay])
        }
    }
}
