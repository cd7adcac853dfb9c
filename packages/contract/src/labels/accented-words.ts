// Accented French words found in the BCN's labels, which the BCN writes in capitals without
// accents. Drawn up once from a French word list (Debian's wfrench) and from the BCN tables
// that are written with accents (familles de métiers, diplômes professionnels, options de
// BTS), kept when a word has one accented spelling only, then reviewed by hand where a word
// has several ("CHARGE" → "chargé" as in "chargé de clientèle", "FORET" → "forêt"). A word
// that is also correct without accents ("DE", "COMMERCE") is not listed. See ADR 0019.

/** The accented spellings, lower case, separated by spaces. */
export const ACCENTED_WORDS = `
abrogé académie accessibilité accordéon accès aciérie activité activités adapté adaptée
adaptées adhérents adhésifs affûtage affûteur agroéquipement allégée amylacées amélioration
améliorations aménagement aménagements aménageur aménagé anesthésiste animée animées année
apparentées appliqué appliquée appliquées appliqués apprêtage apprêteur apprêteuse après
archéologie arômes assimilé assisté assistés associée associées associés athlétique
atmosphère atmosphères attelés audioprothésiste auprès automatisé automatisée automatisées
automatisés avancé avancée avancées avancés aã aérien aériens aéronautique aéronautiques
aéronefs aéroportés aérosols aérospatiales aérospatiaux aïkido baccalauréat balnéaire beauté
bibliothèque bibliothèques bibliothécaire biomédical biomédicale biomédicales bioqualité
bière bières bouchères boulangère bâti bâtiment bâtiments bâtis bègue bées bétail béton
bûcheron café cafétéria capacité caractérisation carrière carrières catégorie caténaire
chapelière charcutières chargé chaudronnés chaîne chaînes cheminée cheminées chèvre ciné
cinéma cinématographie cinématographique cinématographiques citoyenneté clientèle
collectivité collectivités collège complémentaire complémentaires comptabilité compétence
compétences compétition comédien condé conformité conférences conférencier connecté
connectées connectés continue contrôle contrôles contrôleur coopération coopérations
coopératives copropriété corsetière cosmétique cosmétiques cosmétologie coulée couturière
créa créateur créateurs création créations créative créatives crédit crémier cybersécurité
cynégétique câblage câblerie câbles câbleur céramique céramiques céramiste céréales
céréalier céréaliers céréalières côte côtière degré deuxième difficulté différence diplôme
distribué distribuée distribuées distribués diéséliste diététique diététiques donnée données
douanières durabilité débardage débit déc décentralisées déchets décision décisionnel
décisionnelle décisionnels déclarant déco décolletage décolleteur décor décorateur
décoration décors découpe découper découverte défavorisées défense défensive déficiences
déficit définie définition délégué démantèlement démarche démarches démographie déménageur
dénis dép dépannage dépanneur département départemental dépendance dépendantes dépendants
déploiement dérivés dérogatoire déroulage détail détection détermination développement
développements développeur ebéniste efficacité embarqué embarquée embarquées embarqués
employé employée encadrée engazonnés enquête enquêtes enrobée entité entités entraînement
entraîneur entrepôt espèce espèces esthéticien esthétique esthétiques etanchéité européen
européenne européennes européens expérience expériences expérimental expérimentale
expérimentateur expérimentation expérimenté extérieur extérieurs exécution exécutive façade
façon façonnage façonnier façonnés ferrée ferrés fiabilité filière filières financière
financières fiscalité forestière forestières forêt forêts fourragères français française
fruitière fruitières funéraire fédération félin glace génie génomes général générale
générales généraliste généraux générique génétique géographie géographique géologie
géologique géologue géomètre géophysique géopolitique géotechnique gérontologie gêner
haltérophilie handicapées homologué hospitalité hospitalière humanités hygiène hébergement
hébergements héliciculture hélicoptère hélicoptères héliogravure hôtel hôtelier hôteliers
hôtelière hôtelières hôtellerie hôtesse hôtesses immatériel immobilière immobilières
imprimée imprimées imprimés incapacités indépendant indéterminée infirmière informatisée
informatisés inférieure ingrédients ingénierie ingénieur ingénieurs insémination
intermédiaire interopérabilité interprète interprétation intégrateur intégration intégré
intégrée intégrés intérieur intérieure intérieurs jardinière journée kinésithérapeute
laitière laitières libertés littéraire littéraires littérature littératures localisées
lumière lumières lycée légale léger légers légume légumes légumière léonard magistère
managériale manufacturés maraîcher maraîchères marché marchés maréchal maréchalerie
mathématique mathématiques matière matières matériaux matériel matériels maçon maçonner
maçonnerie maître maîtrise ministère minérale minérales mobilité modèle modèles modélisation
modéliste moléculaire molécules mosaïque mosaïste motorisés motricité multimédia multimédias
musées muséologie mètres mécanicien mécanicienne mécanique mécaniques mécanisés mécatronique
média médias médiateur médiation médical médicale médicales médicalisé médicament
médicaments médicaux médicinales médico méditerranée méditerranéens médiévaux mégisserie
ménager ménagers méta métal métallerie métallier métallique métalliques métallographie
métallurgie métallurgique métaux méthode méthodes métier métiers métreur métro métrologie
métropole métropolitains météorologie nucléaire nucléaires numérique numériques numérisation
négoce négocia négociateur négociation néroli océan oléicole oléo oléohydrauliques opérateur
opérateurs opération opérationnel opérationnelle opérationnels opérations opératoire
opératrice orfèvre orfèvrerie orthoprothèse orthopédique orthopédiste orthèse orthésiste
osiériculture ouvrière oxygène palmipède palmipèdes papetières parachèvement paramédicales
particulières passementière paysagères pensée photomécanique photovoltaïque photovoltaïques
pièce pièces planète planètes plongée plumassière plurimédia plâtre plâtrerie plâtres
plâtrier poinçonnage polymères poêle première premières presse pressées privé privée privées
procès procédures procédé procédés propreté propriété prothèse prothésiste protégé protégées
protéines proximité pré précieux précis précision précisée préfabriqués préliminaire
préparateur préparation préparations préparatoire préparatoires préposé prérogatives
prévention prévoyance prêt psychomotricité publicité puéricultrice puériculture pâtes pâtis
pâtisserie pâtissier pédagogie pédagogique pédagogiques pédicure pénal pépin pépinière
pépinières pérennes période périodique périssables pétrole pétroliers pétrolière pétrolières
pêche pêcheur pôle qualifié qualité qualités radioélectricité randonnée randonnées
rapprochée remontées renforcé représentant représentation responsabilité responsabilités
revêtement revêtements rivalités robotisées routière ré réa réactifs réal réalisateur
réalisation réalisations réalité réassurance réception réceptionnaire réceptionniste récolte
rédacteur rédaction réel réfraction référentiel régie région régional régionales régions
régisseur réglage réglementaires réglementation régleur régulateur régulation régulations
réhabilitation réinsertion rémunération rénovation rénovée rénovées répara réparateur
réparation répartie répartis république rés réseau réseaux réservoir réservée résines
réunion réussite révision santé scène scénariste scénique secrétaire secrétariat sidérurgie
signalétique simultanée sinistrés siège sièges société sociétés solidarité spã spécial
spéciale spéciales spécialisation spécialiste spécialisé spécialisée spécialisées spécialité
spécialités spéciaux spécifiques spécifié spécifiée spécifiées stratégie stratégies
stratégique sténodactylographe sténotypiste stérilisation supérieur supérieure supérieures
supérieurs synthèse système systèmes séchoir sécurisées sécurisés sécurité sémiotique série
sérielle sérigraphie sûreté tapissière technicité température thé théories théorique
thérapeutique théâtrale théâtrales théâtre traçabilité très tréfilage trésorerie télé
télécommunication télécommunications télégraphiste téléinformatique télémaintenance
télématique télésurveillance télévision tôlier unité unités université universités vallée
vidéo vidéos visé vulnérables végétal végétale végétales végétaux véhicule véhicules
vérificateur vétérinaire vétérinaires vêt vêtement vêtements âge âgées ème ère ères ès
ébénisterie éc écailler échafaudages échange échanges échelle éclairage éclairagiste école
écoles écologie écologique économe économie économique économiques économiste économétrie
écosystèmes écrit écritures écrivain éditeur édition éditorial éditoriales éducateur
éducatif éducation éducative éducatives église él élaboration élagage élagueur élastomères
élect électricien électricité électrique électriques électrode électromagnétisme
électromécanicien électroménager électroménagers électron électronicien électronique
électroniques électroradiologie électrotechnique électrotechniques élevage élevages éleveur
élèves élégance élément élémentaire élévateurs émailleur émergents énergie énergies
énergétique énergétiques éolien éoliennes éoliens épargne éphémères épicerie épicier
épidémiologie épuration équestre équestres équidés équin équipage équipe équipement
équipements équipes équipier équitation établissement établissements étalagiste étalier état
étendue étendus éthique étirage étoile étranger étrangère étrangères étude études évaluation
évaluer évolution événement événementiel événementiels être île œuvre œuvres
`;
