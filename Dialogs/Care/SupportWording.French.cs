namespace CoproBot.Dialogs.Care;

public sealed partial record SupportWording
{
    // Written for readers in France and in Canada alike, and without assuming anyone's gender.
    public static SupportWording French { get; } = new()
    {
        Language = "fr",
        Opening = "Je suis vraiment désolé que vous traversiez cela. Vous n'avez pas à y faire face sans aide, et vous méritez du soutien dès maintenant.",
        Danger = "Si vous êtes en danger immédiat ou si vous pensez passer à l'acte, appelez {0} maintenant.",
        Number = "le {0}",
        Or = " ou ",
        LocalEmergency = "votre numéro d'urgence local",
        TalkNow = "Vous pouvez parler à quelqu'un dès maintenant :",
        Line = "- {0} : {1}",
        LineDescription = " ({0})",
        Paused = "J'ai mis notre réflexion en pause, et je n'ai pas enregistré ce que vous venez d'écrire. Rien ne presse : écrivez « continuer » quand vous le souhaitez, ou « stop » pour en rester là aujourd'hui.",
        NotPaused = "Je n'ai pas enregistré ce que vous venez d'écrire. Si vous le souhaitez, nous pourrons reprendre quand vous le voudrez.",
        ForAnyone = "Si quelqu'un ici traverse un moment difficile, il est possible de parler à quelqu'un dès maintenant :",
    };
}
