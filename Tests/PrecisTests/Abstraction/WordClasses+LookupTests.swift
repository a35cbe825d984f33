import Foundation
import PrecisSupport
import Testing
@testable import Precis

/// The word classes looked up by bytes (session 14) answer as the dictionary of words does, and
/// the first words of the filler phrases carry the bit the rules test before trying a phrase.
@Suite struct WordClassesLookupTests {
    @Test func bytesAnswerAsTheDictionary() throws {
        let classes = WordClasses.english
        #expect(classes.wordNumbers != nil, "the shipped lists are ASCII")
        var keys = Array(classes.classesOfWord.keys)
        keys += ClusterSentence.sentences(of: try TestPaths.istanbulDocuments()).flatMap { CompressionToken.tokenize($0.text).map(\.key) }
        keys += ["", "k", "\u{212A}", "ofcourse", "of ", "thé", "said", "SAID", "zelensky’s"]
        var tagged = 0
        for key in keys {
            #expect(classes.classes(of: key) == (classes.classesOfWord[key] ?? []), "\(key)")
            if classes.classes(of: key) != [] { tagged += 1 }
        }
        #expect(tagged > 1_000)
    }

    @Test func listsWithOtherCharactersUseTheDictionary() {
        // "\u{212A}" (Kelvin sign) equals "K" as a String but not as bytes
        let classes = WordClasses(parsing: "title: \u{212A} mr\nspeech: said")
        #expect(classes.wordNumbers == nil)
        #expect(classes.classes(of: "K") == .title && classes.classes(of: "mr") == .title && classes.classes(of: "said") == .speech)
        let ascii = WordClasses(parsing: "title: mr\nspeech: said")
        #expect(ascii.wordNumbers != nil)
        #expect(ascii.classes(of: "mr") == .title && ascii.classes(of: "k") == [] && ascii.classes(of: "Mr") == [])
    }

    @Test func fillerPhrasesOpenOnlyAtMarkedWords() throws {
        let compressor = SpanCompressor()
        #expect(!compressor.fillerPhrases.isEmpty)
        for phrase in compressor.fillerPhrases { #expect(compressor.classes.classes(of: phrase[0]).contains(.fillerPhraseStart)) }
        // wherever a phrase opens, its first token carries the bit (so the rules' test skips none)
        var opened = 0
        let texts = ClusterSentence.sentences(of: try TestPaths.istanbulDocuments()).map(\.text)
            + ["Of course, he said, it was in fact after all a kind of deal.", "You know, I mean, as well as by the way sort of."]
        for text in texts {
            let tokens = compressor.classes.tagged(CompressionToken.tokenize(text))
            for i in tokens.indices where compressor.phrase(compressor.fillerPhrases, at: i, tokens) != nil {
                #expect(tokens[i].wordClasses.contains(.fillerPhraseStart))
                opened += 1
            }
        }
        #expect(opened >= 8)
    }
}
