/**
 * The words personal codes are made of: 2,048 (2^11) common French words, each of 3 to 9 letters, written
 * without accents, so that a code is easy to read aloud, to write down by hand and to type on a phone — and
 * a word typed with its accent ("épée") is the same word (personal-code.ts normalises what is typed).
 * No two words are the same once accents are taken away. Six words drawn at random give 6 × 11 = 66 bits.
 */
export const CODE_WORDS: readonly string[] = `
abeille abri absence accent accord accueil achat acier acteur action adresse affaire affiche age agence agneau aide aigle
aiguille aile aimant air aise ajout alarme album algue aliment allee allure alpage amande amant ambre ame amende ami amitie amour
ampoule amuse ananas ancre ane ange angle animal anneau annee antenne aout appel appetit appui arbre arc arche argent argile
armoire arome arret arrivee art artiste asile aspect assiette astre atelier atlas atome attente aube auberge audace aurore auteur
autel automne autruche avenir avenue averse avion avis avril azur bagage bague baie bain baiser balai balance balcon baleine
balle ballon bambou banane banc bande banque bar barbe barque barre bassin bateau baton bec beignet belette berceau berger besoin
beton beurre biche bijou bille biscuit bison bistrot blague blanc bleu bloc blouse bobine bocal boeuf bois boisson boite bol
bonbon bonheur bonjour bonnet bord bosquet botte bouche bougie bouleau boule bouquet bourse bout bouteille bouton bracelet
branche bras brebis brin brioche brique brise brosse bruit brume buisson bulle bureau but cabane cable cacao cadeau cadre cafe
cage cahier caillou caisse calcul calme camion camp canal canard canape canne canot cantine cap capitale caramel caresse carotte
carre carte carton cascade case casque castor cave cedre ceinture celeri cellule cendre centre cercle cerf cerise cerveau chaise
chaleur chambre chameau champ chance chanson chant chapeau charbon chariot charme chasse chat chateau chaton chaud chemin
cheminee chemise chene cheval cheveu chevre chien chiffre chocolat choix chose chou ciel cigale cigogne cinema cirque ciseau
citron clairiere clarte classe clavier clef client climat cloche clou clown coeur coffre coin col colere colline colombe colonne
comete commerce compas compte comptoir concert conte copain copie coq coquille corde corne corps costume cote coton couche coude
couleur couloir coupe cour courage courbe coureur courrier cours course couteau couvert crabe craie crayon creme crepe creux
crique cristal crochet croix cruche cuillere cuir cuisine culture cygne dame danse date dauphin debut decor defi degre delice
dent depart desert desir dessert dessin detour devoir diamant dimanche dinde diner disque doigt domaine don dossier douceur
douche dragon drap drapeau droit dune duvet eau echarpe echelle eclair ecole ecorce ecran ecrit ecureuil effort eglise elan
element elephant eleve email emploi encre endroit energie enfance enfant enigme entree envie epaule epee epice epine epoque
equipe erable escalier espace espoir esprit essai est etable etage etang etat ete etoile etude eveil evier exemple fable facade
facteur faim falaise famille farine faucon faune fauteuil fee fenetre fer ferme festin fete feu feuille fevrier ficelle fil filet
fille film fils fin flamme fleche fleur fleuve flocon flore flute foin foire fois folie fond fontaine foret forge forme fort
fossile fou foudre four fourmi fraise framboise frere frite froid fromage front fruit fumee fusee futur galet galop gant garage
garcon gare gateau gauche gazon geant gel gendre genou geste gibier girafe glace gland globe gloire gomme gorge gout goutte grain
graine grange grappe gras grenier griffe grille grotte groupe guepe guide guitare habit hache haie hamac hameau hanche harpe
hasard hauteur herbe heros heron hibou hiver homard homme honneur horloge hotel houblon huile huitre humeur humour hutte ideal
idee ile image impasse indice insecte instant ivoire jade jambe janvier jardin jasmin jaune jeton jeu jeudi jeunesse joie
jongleur joue jouet jour journal journee juge juillet juin jument jungle jupe jus justice kayak kiosque kiwi koala lac lacet
laine lait laitue lampe lance langue lapin large larme latte laurier lavande lecon lecture legume lendemain lettre levre lezard
liberte librairie lien lierre lieu lievre ligne lilas limace lime limite lin lion lisiere lit litre livre loge loi loisir long
lotus loup loupe lumiere lundi lune lutin luxe lynx lyre machine madame magasin mai maillot main maison maitre mais malle maman
manche mandarine manege manteau marais marbre marche mardi mare marin mars marteau masque matelas matin mauve melodie melon
membre menthe menu mer merci mercredi mere merle merveille message mesure metal meteo metier metro meuble midi miel mille minute
miroir mode modele moineau moitie moment monde monnaie montagne montre morceau mot moteur mouche mouette moulin mousse mouton mur
mure muscle musee musique mystere nacre nage naissance nappe nature navire neige nid niveau noce noel noeud noir noisette noix
nom nombre nord note nouvelle novembre nuage nuit numero oasis objet ocean octobre odeur oeil oeuf oie oignon oiseau olive ombre
once oncle ongle opera orage orange orchestre ordre oreille orge orgue orme ortie otarie ouest ours outil ouvrage ovale page
paille pain paix palais palme panda panier papier papillon paquet parc parfum parole part passage patte paume pause pays paysage
peau peche peigne peinture pelle pelouse pendule pensee pente pepin perle perroquet persil personne peuple phare photo piano pie
piece pied pierre pigeon pilote pin pinceau pingouin pion pipe piste placard place plage plaine plaisir plan planche planete
plante plat platane plateau plume pluie poche poele poeme poete poids poignee point poire poisson poivre pomme pompe pont porte
portrait poste pot poteau potager pouce poule poulet poupee poussin prairie pre present presse prince printemps prix promesse
prune public puce puits pull pupitre puzzle quai qualite quartier question queue quiche quille racine radeau radio radis rage
raisin rameau rampe rang rangee rapide raquette rayon recette recit recolte refuge regard regle reine relais renard rencontre
rendez repas repos reseau retour reve reveil riche ricochet rideau rire riviere riz robe robinet rocher roi roman ronde rose
roseau roue rouge route ruban ruche rue ruisseau rythme sable sabot sac safran saison salade salle salon samedi sandale sapin
sardine sauce saule saumon saut savane savon scene seau secret seigle sel semaine semelle sens sentier septembre serpent serre
service serviette siecle siege sieste signal signe silence singe sirop ski soeur soie soin soir soiree sol soldat soleil sommet
son sorbet sorte souci souffle soupe source sourire souris souvenir spectacle sport stade statue studio style sucre sud sujet
surprise sycomore table tableau tache taille tambour tante tapis tarte tasse taupe taureau taxi teinte temps tenue terrain terre
tete theatre thym tigre tilleul timbre tiroir tissu titre toile toit tomate tonnerre torrent tortue total touche tour tournesol
train trait trajet tranche travail trefle tresor tribu tricot trompette tronc trottoir trou troupeau truite tube tuile tulipe
tunnel union unite univers usine ustensile vache vague valeur vallee valise vapeur veau velo velours vendredi vent ventre verger
verite verre vers veste viande victoire vie village ville vin vinaigre violette violon virage visage visite vitesse vitre vitrine
voile voisin voiture voix vol volcan volet voyage vue wagon yacht yaourt zebre zero zeste zone abricot acajou adage agate agenda
agile aimable ajonc alcove alouette amarre amiral anis anorak antique apogee aquarium araignee arbuste arcade ardoise arene
armure arpege asperge astuce athlete atout audience aveu avoine badge bagarre baguette baladin balise banjo baril baron bassine
bataille batterie bazar beret betail biberon bidon bijoux billard billet bitume blaireau blason bleuet bobsleigh bocage bolide
bonsai bordure bosse bottine boucle boudin bouee bouffee boulanger boulevard bouquin boussole boxe brancard braise bravo breche
bretelle brevet brindille brochet bronze brouette brugnon bulbe burin buste cabinet cacahuete cachette cactus cadran calepin
calice camelia camomille cancre canyon capuche carafe caravane cargo carnet carreau carrefour cartable casserole cassis caverne
cerceau cerfeuil chalet chaloupe chamois chandail chanvre chapelle chardon charrue chasseur chataigne chaudron chaussure
chevreuil chicoree chiot chouette cible cidre cierge cime cintre citadelle clairon clocher cobalt cocotte colibri collier comedie
compote concombre condor confiture console corail corbeau cordage cornichon corsage cortege cosmos cotillon coucou coupole courge
couronne cousin coussin crapaud cravate crevette cricket criquet crocodile croissant croquis cumin dahlia damier debris delta
dentelle depot derive digue dindon diplome divan docteur dolmen domino donjon dortoir douane dragee duo durable ebene echalote
ecluse ecume edredon elastique emeraude enclos encrier engrais entrepot envol eole epinard epingle epopee equateur escargot
escrime esquimau estrade etain etincelle etui eventail expert facette faisan falot fanfare fantome farandole fardeau fauvette
fenouil festival fiacre figue flacon flanelle fleuret flipper foulard fourche fourrure fregate frelon frene friandise fronton
fuchsia fusain galaxie galerie galette gamelle garenne gaufre gazelle gecko genet gentiane geranium gilet gingembre girafon
girouette glacier glaieul glycine gobelet golf gondole gorille goudron gouache gourde goyave gravier greffe grelot grillon
griotte grive groseille gruyere guepard guerite gui guirlande gymnase haricot harmonie hautbois hectare helice herisson hermine
hetre homonyme horizon houx hublot hydre hymne icone igloo iguane illusion indigo infusion iris issue jacinthe jaguar jambon
jardinier javelot jetee joker jonc jonquille judo jumelle kaki kangourou karate kermesse ketchup lagune lanterne lasso lave
layette lentille levain licorne limonade linge liqueur lisere loutre louve luciole lueur luge lustre magnolia magie maillon
mammouth manivelle mangue marelle margelle marmite marmotte matelot mazurka meduse melisse menuet mesange meteore meunier mimosa
minuit mirabelle mistral mocassin mollet moquette morille mosaique moufle muguet murier myrtille narcisse navet nectar nenuphar
neon nickel noisetier nougat nuance nymphe obelisque ocre odyssee oeillet omelette opale orchidee origan oursin ouragan outarde
pagaie palette palmier panache panthere papaye paquebot parapluie parasol paravent pastel pasteque patin pavot pelican peluche
penderie pepite perche perdrix pergola pervenche petale petanque peuplier phoque pieuvre pilier pinson pirogue pistache pivoine
placette planeur platine plongeon poivron polka pommade poney potiron poudre poulain primevere prisme pyjama quartz quetzal
quinoa radar rafale raifort rallye rascasse rateau ravioli recif refrain reglisse remorque renne requin rhubarbe rivage robot
roitelet romarin roquette rossignol rotonde rouleau roulotte rubis saphir sarcelle sarment satin sauge scarabee sceptre scooter
sequoia serin sextant silex silo sirene skate sonnet soucoupe soufflet sphinx spirale squelette stylo sureau tabouret tamis
tandem tanche tangente tartine tatami teckel telescope tempete tenor terrasse theiere thon tipi toboggan toucan toupie tourelle
trapeze traineau treille trident troene trombone tropique trousse tuba turban turquoise ukulele valse vanille varech velin venus
verdure vermeil vernis verveine viaduc vigne viorne vipere vitrail volant vortex xylophone yoga zinnia zodiaque accordeon aiglon
alphabet ambition anagramme ancetre antilope apercu applaudir aquarelle arrosoir artichaut ascenseur aspirine aubergine autocar
autoroute avocat baignoire bagatelle ballade banquise barbecue barometre basilic bavardage berlingot bienvenue biologie bisou
blizzard boomerang bricolage brouhaha cachemire camembert campagne canicule capitaine capucine carnaval carrousel casquette
cerisier chanteur charpente chevalier cinquante colimacon comptine confetti cornemuse couscous croquette cuisinier dinosaure
domicile escalade escapade estuaire etiquette fabuleux farfelu flamant funambule gendarme girandole gondolier grammaire grenadine
guimauve harmonica jardinage madeleine mandoline manuscrit marmelade menagerie moustique nectarine orangeade pantoufle papeterie
parachute pissenlit poussette promenade quadrille randonnee sablier serenade sortilege symphonie tambourin telephone tirelire
vagabond voltige zeppelin aimer aller apprendre arriver attendre avancer bouger chanter chercher choisir commencer compter
conduire connaitre courir couper croire cueillir danser decider demander dessiner devenir dire donner dormir ecouter ecrire
entendre entrer envoyer esperer essayer etudier finir garder gagner grandir habiter jouer laisser lancer laver lever lire manger
marcher monter montrer nager oublier ouvrir parler partager partir passer payer penser perdre planter porter poser pousser
prendre preparer quitter raconter ranger regarder remplir rentrer repondre rester retrouver reussir rever rouler saluer sauter
savoir sentir servir sortir souffler suivre tenir tirer tomber tourner trouver venir visiter voler voir vouloir agreable aigu
ancien beau blond bref brillant brun cher clair commun content court curieux delicat dernier direct divers doux drole ecarlate
egal enorme entier epais etroit facile faible fameux fidele fier fleuri fragile frais franc gentil gris gros habile haut heureux
humble immense jeune joli joyeux juste leger lent libre lisse loin lointain lourd magique maigre malin meilleur mince moderne
moelleux mou muet naif neuf noble normal nouveau ouvert pale paisible pareil parfait patient pauvre petit plein poli pratique
precis premier pret profond propre proche pur rare recent rond roux royal rude sage sain salee sauvage serein serieux simple
sincere solide sombre souple sourd souvent stable subtil superbe sur tendre tiede timide triste unique utile vaste vif violet
vivant vrai absolu acrobate adulte affable agrume ajour albatros alize allumette alpin alto amarante ambulance aneth animateur
annonce apotre arbitre archipel armateur arpent artisan assaut assemblee asticot attelage aubade audition aventure aviron bacon
bahut balafon balade baladeur balsa banlieue banquet baobab baraque barrage bascule basket bassiste bastion bavard beaute
belvedere bergerie betterave bibelot bilan binette biscotte bistro blanchir bleuir bolet bonhomme bonus bordeaux bouclier
bougeoir boulot bourgeon brocante bruine buffet bugle cabaret cadet cadenas caille caisson calebasse camarade camee camelot
canari canevas canton capeline capot caprice capsule carambole carillon carpe carrosse cartouche casino catalogue cavalier
celeste cellier cendrier centaure cepage chagrin chaine chantier chapiteau charade chaume chevet chicane chignon chimie chiffon
chorale chrome cinabre circuit ciseaux citerne civette clan cliquet cloison clos cocon colis collage colombier comique commode
compagnon
`
  .trim()
  .split(/\s+/);
