import Testing
@testable import Precis

/// A whole quotation that names its speaker stands alone; one a reader cannot attribute does not.
@Suite struct ClusterSentenceQuotationTests {
    @Test(arguments: [
        // the speaker after the speech verb, or before it (a name of up to six words)
        ("\"We have never seen anything like this,\" said Maria Lopez, the mayor of San Pedro.", true),
        ("“There is no point in prolonging the killings. Personally,” Zelensky stated in a post on X.", true),
        ("“At least they will be able to determine whether a deal is possible,” Trump said on social media.", true),
        ("\"The talks will go ahead,\" Israeli Prime Minister Benjamin Netanyahu told reporters.", true),
        ("«Nous attendons un cessez-le-feu», a dit Macron.", false),  // no English speech verb
        ("‘We’ll be there,’ said Smith.", true),  // an apostrophe inside the quotation does not close it
        ("'We won't wait,' said Smith.", true),
        // a speaker a reader of the sentence alone does not know
        ("“There is no point in waiting,” he said.", false),
        ("\"The bridge will take months,\" the official said.", false),
        ("\"The bridge will take months,\" said the official.", false),
        ("\"It will take months,\" They said.", false),
        // no speaker, no speech verb, or a quotation that does not close
        ("\"The bridge will take months.\"", false),
        ("“Have the meeting, now!”", false),
        ("\"It was a disaster\" and then the rain came.", false),
        ("\"We have never seen anything like this, said Maria Lopez.", false),
        ("\"We will rebuild,\" Lopez, the mayor of the coastal town of San Pedro and a former judge, said.", false),
        // brackets are not quotations
        ("(The state could approve the plan, Smith said.)", false),
    ])
    func attributedQuotation(text: String, attributed: Bool) {
        let sentence = ClusterSentence(text: text, document: 0, index: 0)
        #expect(sentence.opensWithAttributedQuotation == attributed, "\(text)")
        #expect(sentence.standsAlone == attributed, "\(text)")
    }

    @Test func anAttributedQuotationNeedsNoSentenceBeforeIt() {
        let named = "\"We have never seen floods like these in San Pedro,\" said Maria Lopez, the mayor of San Pedro."
        let unnamed = "\"We have never seen floods like these in San Pedro,\" she said."
        for (text, prerequisites) in [(named, [Int]()), (unnamed, [0])] {
            let cluster = ClusterModel(documents: [Document(name: "a.txt", text: "Storms hit the coast on Monday. \(text)")], idfSource: .fitted)
            let readable = ConceptCoverageSummarizer._readableEligible([0, 1], in: cluster, restatement: 2)
            #expect(readable.eligible == [0, 1])
            #expect(readable.prerequisites[1] == prerequisites, "\(text)")
        }
    }
}
