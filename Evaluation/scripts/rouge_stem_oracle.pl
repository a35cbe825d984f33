#!/usr/bin/perl
# Stems words with ROUGE-1.5.5's own code: MorphStem (WordNet exception lookup, then `stem`).
# The subs are read from the installed ROUGE-1.5.5.pl at run time (nothing is copied).
# usage: rouge_stem_oracle.pl ROUGE-1.5.5.pl [EXCEPTIONS.tsv] < words > "word<TAB>stem" lines
# Without EXCEPTIONS.tsv only `stem` is applied.
use strict;
my ($script, $exceptions) = @ARGV;
open(my $fh, '<', $script) or die "cannot read $script\n";
my $source = do { local $/; <$fh> };
close($fh);
my ($stemCode) = $source =~ /(local %step2list;.*)\z/s or die "no stem sub in $script\n";
our %exceptiondb = ();
if (defined $exceptions) {
    open(my $ex, '<', $exceptions) or die "cannot read $exceptions\n";
    while (my $line = <$ex>) {
        chomp($line);
        next if $line =~ /^#/;
        my ($k, $v) = split(/\t/, $line, 2);
        $exceptiondb{$k} = $v;
    }
}
{
    no strict;
    eval $stemCode;
    die $@ if $@;
    initialise();
}
while (my $word = <STDIN>) {
    chomp($word);
    my $lw = $word;
    $lw =~ tr/A-Z/a-z/;
    my $out = exists($exceptiondb{$lw}) ? $exceptiondb{$lw} : stem($lw);
    print "$word\t$out\n";
}
