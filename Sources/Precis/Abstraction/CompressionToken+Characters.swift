import PrecisSupport

extension CompressionToken {
    /// A sentence's characters as ``tokenize(_:)`` reads them: where each starts, which one it
    /// is and its classes, looked up once, so the tokenizer compares integers and tests bits.
    ///
    /// A sentence whose every scalar is one character by itself (``isStandalone(_:)``: ASCII,
    /// Latin letters, general punctuation, as news text is) is read scalar by scalar, with the
    /// Unicode properties looked up only for non-ASCII ones; `"\r\n"`, the one exception, reads
    /// as two white-space scalars (white space only separates tokens, so the tokens are the
    /// same). Any other sentence is read character by character.
    struct Characters {
        /// One character.
        struct Unit {
            /// Where it starts in the sentence.
            let start: String.Index
            /// Its scalar when it is one scalar, or the scalar of the ``literals`` mark it equals
            /// (a canonical equivalent); otherwise `UInt32.max`.
            let code: UInt32
            /// Its classes (``Class``).
            let classes: Class

            func `is`(_ mark: Unicode.Scalar) -> Bool { code == mark.value }
        }

        /// Character classes, as `Character`'s properties answer them.
        struct Class: OptionSet {
            let rawValue: UInt8
            /// `isWhitespace`.
            static let whitespace = Class(rawValue: 1)
            /// `isLetter`.
            static let letter = Class(rawValue: 2)
            /// `isNumber`.
            static let number = Class(rawValue: 4)
            /// `isUppercase`.
            static let uppercase = Class(rawValue: 8)
            /// `isLowercase`.
            static let lowercase = Class(rawValue: 16)
        }

        /// The marks the tokenizer compares characters with.
        static let literals: [Character] = ["'", "’", "-", "—", "–", ".", "`", "_", "&", "/", ",", "“", "‘", "\"", "”", "(", "[", ")", "]"]

        /// The characters, in order.
        let units: [Unit]
        /// The sentence's end.
        let end: String.Index
        /// Whether the sentence is ASCII (read byte by byte).
        let isASCII: Bool

        /// - Parameters:
        ///   - sentence: one sentence.
        ///   - byCharacter: read character by character even where scalars would do (tests
        ///     compare the two readings).
        /// - Complexity: O(*n*) in the sentence's characters.
        init(_ sentence: String, byCharacter: Bool = false) {
            end = sentence.endIndex
            var units: [Unit] = []
            let scalars = sentence.unicodeScalars
            isASCII = !byCharacter && PrecisSupport.isASCII(sentence)
            if isASCII {
                // ASCII: a byte is a scalar (and a character, "\r\n" aside as above), read
                // without decoding
                let utf8 = sentence.utf8
                let count = utf8.count
                var index = utf8.startIndex
                units = [Unit](unsafeUninitializedCapacity: count) { buffer, initialized in
                    var k = 0
                    for a in utf8 {
                        buffer.initializeElement(at: k, to: Unit(start: index, code: UInt32(a), classes: Self.classes(ascii: a)))
                        index = utf8.index(after: index)
                        k += 1
                    }
                    initialized = k
                }
            } else if !byCharacter && scalars.allSatisfy(Self.isStandalone) {
                units.reserveCapacity(sentence.utf8.count)
                var index = scalars.startIndex
                for scalar in scalars {
                    let classes = scalar.isASCII ? Self.classes(ascii: UInt8(scalar.value)) : Self.classes(of: Character(scalar))
                    units.append(Unit(start: index, code: scalar.value, classes: classes))
                    index = scalars.index(after: index)
                }
            } else {
                var index = sentence.startIndex
                while index < sentence.endIndex {
                    let c = sentence[index]
                    units.append(Unit(start: index, code: Self.code(of: c), classes: Self.classes(of: c)))
                    index = sentence.index(after: index)
                }
            }
            self.units = units
        }

        /// Where the character at `k` starts (the sentence's end past the last).
        func index(_ k: Int) -> String.Index { k < units.count ? units[k].start : end }

        /// The classes of an ASCII character (among ASCII characters only letters are letters,
        /// only digits numbers, only tab to carriage return and space white space).
        static func classes(ascii a: UInt8) -> Class {
            if a >= 0x41 && a <= 0x5A { return [.letter, .uppercase] }
            if a >= 0x61 && a <= 0x7A { return [.letter, .lowercase] }
            if a >= 0x30 && a <= 0x39 { return .number }
            return isASCIIWhitespace(a) ? .whitespace : []
        }

        /// The classes of any character.
        static func classes(of c: Character) -> Class {
            if let a = c.asciiValue { return classes(ascii: a) }
            var classes: Class = []
            if c.isWhitespace { classes.insert(.whitespace) }
            if c.isLetter { classes.insert(.letter) }
            if c.isNumber { classes.insert(.number) }
            if c.isUppercase { classes.insert(.uppercase) }
            if c.isLowercase { classes.insert(.lowercase) }
            return classes
        }

        /// Whether a scalar is a character by itself wherever it stands, and equals no other
        /// scalar: ASCII, Latin-1 and the Latin extensions up to the spacing modifier letters
        /// (U+0000–U+02FF, before the combining marks), and the dashes, quotation marks and
        /// other general punctuation (U+2010–U+2027, U+2030–U+205E). None of them extends or
        /// joins a neighbour into one character, and none has a one-scalar canonical
        /// decomposition, so comparing scalars is comparing characters.
        static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            return v < 0x300 || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
        }

        /// A character's ``Unit/code``.
        static func code(of c: Character) -> UInt32 {
            if let a = c.asciiValue { return UInt32(a) }  // "\r\n" too: white space either way
            if let literal = literals.first(where: { $0 == c }) { return literal.unicodeScalars.first!.value }
            return c.unicodeScalars.count == 1 ? c.unicodeScalars.first!.value : .max
        }
    }
}

extension CompressionToken.Characters.Unit {
    /// A letter or a number.
    var isWordCharacter: Bool { !classes.isDisjoint(with: [.letter, .number]) }
}
