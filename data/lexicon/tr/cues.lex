# Turkish cue words: who says so, how sure, casualties, place roles, numbers,
# and the case endings that give a Turkish noun its role.
# Format: docs/lexicon-format.md; attributes as in data/lexicon/en/cues.lex, plus:
#   after (with negation)  the cue follows the verb it negates ("… değil")
#   after (with a [prep])  a postposition: it gives its role to the phrase
#                          before it ("Suriye tarafından" = by Syria)
# A Turkish speaker comes first and the verb of saying last ("MSB, … açıkladı"):
# when no actor stands right before the verb, the sentence's first actor is
# the source.
[cue]
%lang tr
# words that end a clause inside a sentence ("… mermileri nedeniyle bir sivil
# şehit oldu"): a count does not reach across them
nedeniyle               | cue=boundary
sonucu                  | cue=boundary
sonucunda               | cue=boundary
sırasında               | cue=boundary
ardından                | cue=boundary
# a verb that carries a noun trigger ("topçu atışı gerçekleştirdi", "hava
# saldırısı düzenledi"): the noun is read as that verb, with its subject
gerçekleştirdi*         | cue=light_verb
gerçekleştiren          | cue=light_verb
düzenledi*              | cue=light_verb
düzenleyen              | cue=light_verb
yaptı*                  | cue=light_verb
yapan                   | cue=light_verb
başlattı*               | cue=light_verb
sürdürdü*               | cue=light_verb
düzenlenen              | cue=light_verb passive
gerçekleştirilen        | cue=light_verb passive
yapılan                 | cue=light_verb passive
düzenlendi*             | cue=light_verb passive
gerçekleştirildi*       | cue=light_verb passive
yapıldı*                | cue=light_verb passive
açıkladı*               | cue=attribution
açıklamasında           | cue=attribution
açıklamada              | cue=attribution
açıklamaya göre         | cue=attribution
bildirdi*               | cue=attribution
bildirildi*             | cue=attribution
duyurdu*                | cue=attribution
belirtti*               | cue=attribution
ifade etti*             | cue=attribution
kaydetti*               | cue=attribution
aktardı*                | cue=attribution
paylaştı*               | cue=attribution
göre                    | cue=attribution
doğruladı*              | cue=attribution
iddia etti*             | cue=claim
iddia edildi*           | cue=allegation
iddiaya göre            | cue=allegation
öne sürdü*              | cue=allegation
öne sürüldü*            | cue=allegation
olduğu öğrenildi        | cue=allegation
olduğu tahmin edil*     | cue=allegation
iddia edilen            | cue=allegation
üstlendi*               | cue=claim
reddetti*               | cue=denial
yalanladı*              | cue=denial
gerçeği yansıtmadığı*   | cue=denial
gerçeği yansıtmıyor*    | cue=denial
asılsız*                | cue=denial
söyleniyor              | cue=allegation
söylendi                | cue=allegation
ileri sürüldü*          | cue=allegation
ileri sürdü*            | cue=allegation
iddia ediliyor          | cue=allegation
değil                   | cue=negation after
olmamış*                | cue=negation after
olmadı*                 | cue=negation after
yaşanmadı*              | cue=negation after
değildir                | cue=negation after
yok                     | cue=negation after
olabilir                | cue=hypothetical after
tehdit etti*            | cue=hypothetical
kınamak*                | cue=topic after
kınadı*                 | cue=topic after
kınayan                 | cue=topic after
lanetledi*              | cue=topic after
# concern voiced about a fight is about it ("çatışmalardan derin endişe duyduğunu")
endişe*                 | cue=topic after
derin endişe*           | cue=topic after
protesto etmek*         | cue=topic after
protesto etti*          | cue=topic after
karşılık                | cue=retaliation
karşılık olarak         | cue=retaliation
misilleme olarak        | cue=retaliation
geçen yıl*              | cue=background
yıllardır               | cue=background
daha önce               | cue=background

[casualty]
%lang tr
öldü*                   | casualty=killed
ölü*                    | casualty=killed
öldürül*                | casualty=killed
hayatını kaybetti*      | casualty=killed
hayatını kaybeden       | casualty=killed
yaşamını yitirdi*       | casualty=killed
can verdi*              | casualty=killed
şehit*                  | casualty=killed
cansız*                 | casualty=killed
yaralandı*              | casualty=injured
yaralanan*              | casualty=injured
yaralı*                 | casualty=injured
yaralanarak             | casualty=injured
ceset*                  | casualty=killed
cesed*                  | casualty=killed
can kaybı yok           | casualty=killed none
can kaybı olmadı        | casualty=killed none
can kaybı yaşanmadı     | casualty=killed none
can kaybı yaşanmamış*   | casualty=killed none
can kaybı bulunmuyor    | casualty=killed none
can kaybı olmamış*      | casualty=killed none
ölen olmadı             | casualty=killed none
ölen ya da yaralanan olmadı | casualty=any none
yaralanan olmadı        | casualty=any none
yaralanan olmamış*      | casualty=any none
yaralanan _ olmamış*    | casualty=any none
yaralanan _ olmadı      | casualty=any none
yaralanan _ yok         | casualty=any none
yaralanan yok           | casualty=any none
kimse yaralanmadı       | casualty=any none
hasar meydana gelmedi   | casualty=damage none
hasar ve ziyan meydana gelmemiştir | casualty=damage none
maddi hasar*            | casualty=damage

# Postpositions: the role of the phrase before them.
[prep]
%lang tr
tarafından              | role=agent after
yönünden                | role=origin after
istikametinden          | role=origin after
merkezli                | role=location after
önünde                  | role=location after
önüne                   | role=location after
önündeki                | role=location after
karşısında              | role=location after
civarında               | role=location after
çevresinde              | role=location after
bağlı                   | role=location after
yönelik                 | role=target after
ait                     | role=of after
ile                     | role=none after first_party
arasında                | role=target after
arasındaki              | role=none after
karşı                   | role=target after
yakınında               | role=location after
yakınlarında            | role=location after
yakınındaki             | role=location after
yakınlarındaki          | role=location after
kırsalında              | role=location after
kırsalındaki            | role=location after
sınırında               | role=location after
sınırındaki             | role=location after
içinde                  | role=location after
merkezinde              | role=location after
hattında                | role=location after
üzerine                 | role=location after

# The case endings of a proper name after its apostrophe (Kilis'te, Suriye'den,
# Kilis'e) or of a place noun or agent word (bölgesinden, askerlere).  The
# longest ending wins; role= as for [prep] (role=none: an ending that gives
# no role, as -lı in "PKK'lı teröristler"); `modifier` marks an ending that
# makes the noun describe the next one ("Kobani'deki YPG mevzilerinden": the
# role is that of the noun it describes, here from).  An accusative object ("bölgeyi
# vurdu") is what the verb hits: role=target.  `negation` marks the negative
# infix of a verb (atılmadı, düşmemiştir), looked for inside trigger words;
# `participle` (an ending) and `participle_inside` (anywhere in the word) mark
# verb forms that do not end a clause (atılan, atıldığı, ateş açarak), so the
# subject before them still belongs to the clause's final verb.
[suffix]
%lang tr
den     | role=origin
dan     | role=origin
ten     | role=origin
tan     | role=origin
de      | role=location
da      | role=location
te      | role=location
ta      | role=location
deki    | role=location modifier
daki    | role=location modifier
teki    | role=location modifier
taki    | role=location modifier
ndeki   | role=location modifier
ndaki   | role=location modifier
lı      | role=none
li      | role=none
lu      | role=none
lü      | role=none
yle     | role=target
yla     | role=target
le      | role=target
la      | role=target
ca      | role=agent
ce      | role=agent
nca     | role=agent
nce     | role=agent
e       | role=location
a       | role=location
ye      | role=location
ya      | role=location
ne      | role=location
na      | role=location
i       | role=target
ı       | role=target
u       | role=target
ü       | role=target
yi      | role=target
yı      | role=target
yu      | role=target
yü      | role=target
ni      | role=target
nı      | role=target
in      | role=of
ın      | role=of
un      | role=of
ün      | role=of
nin     | role=of
nın     | role=of
nun     | role=of
nün     | role=of
an      | participle
en      | participle
yan     | participle
yen     | participle
arak    | participle
erek    | participle
ıp      | participle
ip      | participle
up      | participle
üp      | participle
ınca    | participle
ince    | participle
dığı    | participle_inside
diği    | participle_inside
duğu    | participle_inside
düğü    | participle_inside
tığı    | participle_inside
tiği    | participle_inside
tuğu    | participle_inside
tüğü    | participle_inside
acak    | participle_inside
ecek    | participle_inside
madı    | negation
medi    | negation
mamış   | negation
memiş   | negation
mıyor   | negation
miyor   | negation
muyor   | negation
müyor   | negation
mayacak | negation
meyecek | negation

# Nouns that say what kind of place goes with a name: "Kilis ilinde",
# "Tel Rıfat bölgesinden" (the place noun follows the name and carries its case).
[placenoun]
%lang tr
il              | level=admin1
ili             | level=admin1
ilinde          | level=admin1
ilindeki        | level=admin1
ilinden         | level=admin1
iline           | level=admin1
vilayet*        | level=admin1
valiliği*       | level=admin1
ilçe*           | level=admin2
ilçesi*         | level=admin2
bölge*          | level=area
köy*            | level=place
kasaba*         | level=place
mahalle*        | level=place
kent*           | level=place
şehir*          | level=place
kırsal*         | level=area
sınır*          | level=area
hudut*          | level=area
arazi*          | level=area
toprak*         | level=area
kuzey*          | level=area
güney*          | level=area
doğu*           | level=area
batı*           | level=area
kuzeydoğu*      | level=area
kuzeybatı*      | level=area
güneydoğu*      | level=area
güneybatı*      | level=area
çevre*          | level=area
kamp*           | level=place
mevzi*          | level=area
dağ*            | level=area

[number]
%lang tr
bir             | value=1 article
iki             | value=2
üç              | value=3
dört            | value=4
beş             | value=5
altı            | value=6
yedi            | value=7
sekiz           | value=8
dokuz           | value=9
on              | value=10
on bir          | value=11
on iki          | value=12
on beş          | value=15
yirmi           | value=20
otuz            | value=30
kırk            | value=40
elli            | value=50
yüz             | value=100
onlarca         | value=24 vague
yüzlerce        | value=200 vague
birkaç          | value=3 vague
çok sayıda      | value=3 vague
