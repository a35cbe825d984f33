import Testing

@testable import Precis
@testable import PrecisEvaluation

/// ROUGE-1.5.5's own Porter variant, beside the original algorithm.
@Suite struct Rouge155StemmerTests {
    @Test func rouge155DiffersWhereTheScriptDoes() {
        let rouge = Rouge155Stemmer.self
        #expect(rouge.stem("agreement") == "agreem")  // CYL's -ement/-ment/-ent sequence
        #expect(rouge.stem("is") == "is")  // words under three letters are kept
        #expect(PorterStemmer().stem("is") == "i")
        #expect(rouge.stem("archaeology") == "archaeolog")  // logi -> log
    }
}
